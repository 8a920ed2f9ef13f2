package byline.bot.discord;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static byline.bot.discord.FakeDiscord.READER;
import static byline.bot.discord.FakeDiscord.CHANNEL_MESSAGES;

/**
 * Delivering answers through Discord's server errors: a 500 (which JDA does not retry) is retried, and the
 * answer arrives once. One worker answers in order, so once a later question's answer is in, the earlier one's
 * delivery is over: the counts are final.
 */
class DiscordDeliveryTest {

    private RunningBot running;

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void given_a_500_once_when_a_mention_is_answered_then_the_reply_is_created_once_with_one_nonce()
            throws Exception {
        running = RunningBot.start(new Answers(), 1, RunningBot.frozenLimiter(10));
        running.discord.rest().failNextDeliveries(500);

        String asked = mention("What did Reuters say?");
        mention("And the sentinel?");

        List<RestCall> posts = running.discord.rest().await(c -> c.is("POST", CHANNEL_MESSAGES), 3, RunningBot.WAIT);
        List<RestCall> replies = posts.stream().filter(c -> asked.equals(repliedTo(c))).toList();
        assertEquals(2, replies.size(), "the failed attempt and its retry: " + posts);
        assertEquals("", replies.get(0).createdId(), "the first attempt met the 500");
        assertFalse(replies.get(1).createdId().isEmpty(), "the retry created the reply");
        assertEquals(replies.get(0).body().path("nonce").asText(), replies.get(1).body().path("nonce").asText(),
                "the same nonce, so Discord would create the message once even if the 500 came after it");
        assertTrue(replies.get(1).body().path("enforce_nonce").asBoolean());
        assertTrue(replies.get(1).content().contains("chip exports slowed"), replies.get(1).content());
    }

    @Test
    void given_a_500_once_when_an_ask_is_answered_then_the_deferred_reply_is_edited_once() throws Exception {
        running = RunningBot.start(new Answers(), 1, RunningBot.frozenLimiter(10));
        running.discord.rest().failNextDeliveries(500);
        Map<String, Object> interaction = running.discord.askInteraction(READER, "Did chip exports slow?");
        String edit = "webhooks/" + FakeDiscord.APP_ID + "/" + interaction.get("token") + "/messages/@original";

        running.discord.gateway().dispatch("INTERACTION_CREATE", interaction);
        mention("And the sentinel?");

        running.discord.rest().await(c -> c.is("POST", CHANNEL_MESSAGES), 1, RunningBot.WAIT);
        List<RestCall> edits = running.discord.rest().calls().stream().filter(c -> c.is("PATCH", edit)).toList();
        assertEquals(2, edits.size(), "the failed edit and its retry: " + edits);
        assertFalse(edits.get(1).createdId().isEmpty());
        assertTrue(edits.get(1).content().contains("chip exports slowed"), edits.get(1).content());
    }

    @Test
    void given_a_500_on_the_deferral_when_an_ask_is_answered_then_the_answer_is_posted_once_in_the_channel_for_the_asker()
            throws Exception {
        running = RunningBot.start(new Answers(), 1, RunningBot.frozenLimiter(10));
        running.discord.rest().failNextCallbacks(500);
        Map<String, Object> interaction = running.discord.askInteraction(READER, "Did chip exports slow?");

        running.discord.gateway().dispatch("INTERACTION_CREATE", interaction);
        String sentinel = mention("And the sentinel?");

        List<RestCall> posts = running.discord.rest().await(c -> c.is("POST", CHANNEL_MESSAGES), 2, RunningBot.WAIT);
        List<RestCall> inChannel = posts.stream().filter(c -> !sentinel.equals(repliedTo(c))).toList();
        assertEquals(1, inChannel.size(), "the answer, once: " + posts);
        RestCall answer = inChannel.get(0);
        assertTrue(answer.content().startsWith("<@" + READER.get("id") + "> "), answer.content());
        assertTrue(answer.content().contains("chip exports slowed"), answer.content());
        assertEquals(List.of((String) READER.get("id")), readTexts(answer.body().path("allowed_mentions").path("users")),
                "only the asker is pinged");
        assertTrue(running.discord.rest().calls().stream().noneMatch(c -> c.is("PATCH", "webhooks/.*")),
                "nothing edits a deferral Discord never took");
    }

    private static List<String> readTexts(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void given_500_on_every_attempt_then_it_gives_up_after_three_with_one_log_line_and_no_apology()
            throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger logger = (Logger) LoggerFactory.getLogger(QuestionDispatcher.class);
        logger.addAppender(logs);
        try {
            running = RunningBot.start(new Answers(), 1, RunningBot.frozenLimiter(10));
            running.discord.rest().failNextDeliveries(500, 500, 500);

            String asked = mention("What did Reuters say?");
            String sentinel = mention("And the sentinel?");

            List<RestCall> posts = running.discord.rest().await(
                    c -> c.is("POST", CHANNEL_MESSAGES) && !c.createdId().isEmpty(), 1, RunningBot.WAIT);
            assertEquals(sentinel, repliedTo(posts.get(0)), "only the sentinel was answered: " + posts);
            List<RestCall> attempts = running.discord.rest().calls().stream()
                    .filter(c -> c.is("POST", CHANNEL_MESSAGES)).toList();
            assertEquals(4, attempts.size(), "three attempts for the question, one for the sentinel: " + attempts);
            assertEquals(3, attempts.stream().filter(c -> asked.equals(repliedTo(c))).count());
            List<String> lines;
            synchronized (logs) {
                lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            }
            assertEquals(1, lines.size(), lines::toString);
            assertTrue(lines.get(0).contains("gave up after 3 attempts"), lines.get(0));
        } finally {
            logger.detachAppender(logs);
        }
    }

    /** A reader mentions Byline in the channel; returns the message id. */
    private String mention(String question) {
        Map<String, Object> message = running.discord.guildMessage(FakeDiscord.CHANNEL_ID, READER,
                "<@" + FakeDiscord.BOT_ID + "> " + question, List.of(running.discord.botUser()));
        running.discord.gateway().dispatch("MESSAGE_CREATE", message);
        return (String) message.get("id");
    }

    private static String repliedTo(RestCall call) {
        return call.body().path("message_reference").path("message_id").asText();
    }
}
