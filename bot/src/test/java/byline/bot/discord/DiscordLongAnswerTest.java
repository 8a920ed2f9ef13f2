package byline.bot.discord;

import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Answerer;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static byline.bot.discord.FakeDiscord.READER;
import static byline.bot.discord.FakeDiscord.CHANNEL_MESSAGES;

/**
 * Long {@code /ask} answers, counted in what the channel shows rather than in requests: every sentence exactly
 * once and in order, even when Discord creates a follow-up and then answers 500. One worker answers in order, so
 * once the sentinel mention's reply is in, the answer's delivery is over.
 */
class DiscordLongAnswerTest {

    private RunningBot running;

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void given_a_long_answer_when_an_ask_is_answered_then_the_channel_shows_it_whole_once_and_in_order()
            throws Exception {
        running = RunningBot.start(new LongAnswer(40), 1, RunningBot.frozenLimiter(10));

        String shown = askAndWait();

        assertEachSentenceOnceInOrder(40, shown);
        assertTrue(shown.contains("[1] Reuters — \"Chip exports slow\" (2026-05-27)"), "sources last: " + shown);
        assertTrue(shown.lastIndexOf("[1] Reuters") > shown.indexOf(LongAnswer.sentence(40)), shown);
        assertTrue(running.discord.rest().calls().stream().noneMatch(c -> c.is("POST", "webhooks/\\d+/[^/]+")),
                "one message, no follow-ups");
    }

    @Test
    void given_a_follow_up_created_then_answered_500_when_a_long_ask_is_answered_then_its_part_shows_once()
            throws Exception {
        running = RunningBot.start(new LongAnswer(40), 1, RunningBot.frozenLimiter(10));
        running.discord.rest().failNextFollowUpsAfterCreating(500);

        String shown = askAndWait();

        assertEachSentenceOnceInOrder(40, shown);
    }

    /** 502 is one JDA itself would resend: {@link FollowUpGuard} keeps it from doing so for a follow-up. */
    @ParameterizedTest
    @ValueSource(ints = {500, 502})
    void given_an_answer_too_long_for_one_message_when_a_follow_up_meets_a_late_server_error_then_it_is_not_resent_and_the_rest_follows(
            int status) throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger logger = (Logger) LoggerFactory.getLogger(RestRetry.class);
        logger.addAppender(logs);
        try {
            running = RunningBot.start(new LongAnswer(120), 1, RunningBot.frozenLimiter(10));
            running.discord.rest().failNextFollowUpsAfterCreating(status);

            String shown = askAndWait();

            assertEachSentenceOnceInOrder(120, shown);
            List<RestCall> followUps = running.discord.rest().calls().stream()
                    .filter(c -> c.is("POST", "webhooks/\\d+/[^/]+")).toList();
            assertTrue(followUps.size() >= 2, "too long for one message, so follow-ups: " + followUps.size());
            List<String> lines;
            synchronized (logs) {
                lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            }
            assertEquals(1, lines.size(), lines::toString);
            assertTrue(lines.get(0).contains("part 2 of") && lines.get(0).contains("not sent again"), lines.get(0));
        } finally {
            logger.detachAppender(logs);
        }
    }

    /** Runs /ask, then a sentinel mention; returns what the channel shows of the answer, messages joined. */
    private String askAndWait() throws Exception {
        Map<String, Object> interaction = running.discord.askInteraction(READER, "Tell me everything");
        running.discord.gateway().dispatch("INTERACTION_CREATE", interaction);
        Map<String, Object> sentinel = running.discord.guildMessage(FakeDiscord.CHANNEL_ID, READER,
                "<@" + FakeDiscord.BOT_ID + "> And the sentinel?", List.of(running.discord.botUser()));
        running.discord.gateway().dispatch("MESSAGE_CREATE", sentinel);
        running.discord.rest().await(c -> c.is("POST", CHANNEL_MESSAGES) && !c.createdId().isEmpty(), 1,
                RunningBot.WAIT);
        List<String> texts = new ArrayList<>();
        for (ChannelView.Shown m : running.discord.rest().shownIn(FakeDiscord.CHANNEL_ID)) {
            if (!m.text().contains("And the sentinel?")) {
                texts.add(m.text());
            }
        }
        return String.join("\n", texts);
    }

    private static void assertEachSentenceOnceInOrder(int count, String shown) {
        int from = 0;
        for (int i = 1; i <= count; i++) {
            String sentence = LongAnswer.sentence(i);
            int at = shown.indexOf(sentence);
            assertTrue(at >= from, "sentence " + i + " missing or out of order in: " + shown);
            assertEquals(at, shown.lastIndexOf(sentence), "sentence " + i + " shown twice: " + shown);
            from = at + sentence.length();
        }
    }

    /** An answer of {@code sentences} sentences of about 100 characters each, citing Reuters; the sentinel short. */
    private record LongAnswer(int sentences) implements Answerer {
        static String sentence(int i) {
            return String.format("Sentence %03d reports that chip exports slowed in May, as the Reuters article says.",
                    i);
        }

        @Override
        public Answer answer(byline.answer.Question question) {
            if (question.text().contains("sentinel")) {
                return Answers.cited("The sentinel is answered.");
            }
            List<AnswerSentence> all = new ArrayList<>();
            for (int i = 1; i <= sentences; i++) {
                all.add(new AnswerSentence(sentence(i), List.of(1)));
            }
            return new Answer("", all, List.of(Answers.REUTERS), false, List.of(), "test");
        }
    }
}
