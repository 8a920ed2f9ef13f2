package byline.bot.slack;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedMemoryTest {

    @Test
    void deduplicator_accepts_an_event_once_and_a_message_once() {
        EventDeduplicator dedupe = new EventDeduplicator(100);

        assertTrue(dedupe.firstDelivery("Ev1"));
        assertFalse(dedupe.firstDelivery("Ev1"));
        assertTrue(dedupe.firstClaim("C1", "1.0"));
        assertFalse(dedupe.firstClaim("C1", "1.0"));
        assertTrue(dedupe.firstClaim("C2", "1.0"), "the same ts in another channel is another message");
    }

    @Test
    void deduplicator_forgets_the_oldest_keys_beyond_its_capacity() {
        EventDeduplicator dedupe = new EventDeduplicator(3);
        for (int i = 0; i < 10; i++) {
            dedupe.firstDelivery("Ev" + i);
        }

        assertTrue(dedupe.firstDelivery("Ev0"), "forgotten, so memory stays bounded");
        assertFalse(dedupe.firstDelivery("Ev9"));
    }

    @Test
    void thread_memory_keeps_the_last_question_per_thread_and_stays_bounded() {
        ThreadMemory memory = new ThreadMemory(2);
        memory.remember("C1", "1.0", "who leads robotics?");
        memory.remember("C1", "1.0", "and who does she report to?");
        memory.remember("C1", "2.0", "other thread");
        memory.remember("C2", "1.0", "other channel");

        assertEquals(Optional.empty(), memory.lastQuestion("C1", "1.0"), "least recently used thread forgotten");
        assertEquals(Optional.of("other thread"), memory.lastQuestion("C1", "2.0"));
        assertEquals(Optional.empty(), memory.lastQuestion("C1", null));
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
