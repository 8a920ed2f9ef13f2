package byline.bot.slack;

import byline.bot.chat.Turn;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedMemoryTest {

    @Test
    void deduplicator_accepts_an_event_once_and_a_message_once() {
        EventDeduplicator dedupe = new EventDeduplicator(RecentKeys.standard());

        assertTrue(dedupe.firstDelivery("Ev1"));
        assertFalse(dedupe.firstDelivery("Ev1"));
        assertTrue(dedupe.firstClaim("C1", "1.0"));
        assertFalse(dedupe.firstClaim("C1", "1.0"));
        assertTrue(dedupe.firstClaim("C2", "1.0"), "the same ts in another channel is another message");
    }

    @Test
    void given_an_event_handled_when_retried_after_10050_other_events_and_nine_minutes_then_it_is_a_duplicate() {
        java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        EventDeduplicator dedupe = new EventDeduplicator(new RecentKeys(RecentKeys.WINDOW, RecentKeys.MAX_KEYS,
                nanos::get));
        assertTrue(dedupe.firstDelivery("EvFirst"));

        for (int i = 0; i < 10_050; i++) {
            dedupe.firstDelivery("EvOther" + i);
        }
        nanos.addAndGet(java.time.Duration.ofMinutes(9).toNanos());

        assertFalse(dedupe.firstDelivery("EvFirst"), "Slack's last retry comes about 5 minutes after the first try");
    }

    @Test
    void given_the_window_has_passed_then_the_event_is_forgotten_so_memory_is_bounded_by_time() {
        java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        RecentKeys keys = new RecentKeys(RecentKeys.WINDOW, RecentKeys.MAX_KEYS, nanos::get);
        assertTrue(keys.firstTime("EvOld"));

        nanos.addAndGet(RecentKeys.WINDOW.plusSeconds(1).toNanos());

        assertTrue(keys.firstTime("EvOld"));
        assertTrue(RecentKeys.WINDOW.compareTo(java.time.Duration.ofMinutes(10)) >= 0);
    }

    @Test
    void thread_memory_keeps_the_last_question_per_thread_and_stays_bounded() {
        ThreadMemory memory = new ThreadMemory(2);
        memory.remember("C1", "1.0", Turn.asked("who leads robotics?"));
        memory.remember("C1", "1.0", Turn.asked("and who does she report to?"));
        memory.remember("C1", "2.0", Turn.asked("other thread"));
        memory.remember("C2", "1.0", Turn.asked("other channel"));

        assertEquals(Optional.empty(), memory.lastTurn("C1", "1.0"), "least recently used thread forgotten");
        assertEquals(Optional.of(Turn.asked("other thread")), memory.lastTurn("C1", "2.0"));
        assertEquals(Optional.empty(), memory.lastTurn("C1", null));
    }

    @Test
    void shared_answer_is_handed_out_once() {
        SharedAnswers shared = new SharedAnswers(10);
        String key = shared.store(new SharedAnswers.Shared("U1", "q", java.util.List.of()));

        assertTrue(shared.take(key).isPresent());
        assertTrue(shared.take(key).isEmpty(), "a double click posts once");
    }

    @Test
    void mention_of_byline_is_stripped_from_the_question() {
        assertEquals("who leads robotics?", MentionText.strip("<@UBOT> who leads  robotics?", "UBOT"));
        assertEquals("ask <@UOTHER> about it", MentionText.strip("ask <@UOTHER> about it <@UBOT|byline>", "UBOT"));
        assertTrue(MentionText.mentions("hey <@UBOT>", "UBOT"));
        assertFalse(MentionText.mentions("hey <@UOTHER>", "UBOT"));
    }
}
