package byline.bot.slack;

import byline.bot.chat.ChatReplies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static byline.bot.slack.SlackPayloads.mention;
import static byline.bot.slack.SlackPayloads.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackSmallTalkTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String BOT = "<@" + FakeSlackApi.BOT_USER_ID + ">";

    private FakeAnswerers.Recording answerer;
    private SlackTestRig rig;

    @BeforeEach
    void start() throws Exception {
        answerer = new FakeAnswerers.Recording();
        rig = new SlackTestRig(answerer);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void given_greetings_thanks_help_and_sources_in_a_dm_when_sent_then_byline_replies_without_asking_the_core()
            throws Exception {
        rig.requests.event(message("Ev1", "D0DM", "im", "1800000000.000100", null, "hi"));
        rig.requests.event(message("Ev2", "D0DM", "im", "1800000000.000200", null, "Thanks!"));
        rig.requests.event(message("Ev3", "D0DM", "im", "1800000000.000300", null, "help"));
        rig.requests.event(message("Ev4", "D0DM", "im", "1800000000.000400", null, "sources"));

        assertTrue(rig.slack.nextPost(WAIT).param("text").contains("Hello!"));
        assertTrue(rig.slack.nextPost(WAIT).param("text").contains("You're welcome"));
        assertTrue(rig.slack.nextPost(WAIT).param("text").contains("/byline sources"));
        String sources = rig.slack.nextPost(WAIT).param("text");
        assertTrue(sources.contains("Reuters") && sources.contains("Harbour reopens"), sources);
        assertEquals(0, answerer.asked.size());
    }

    @Test
    void given_a_mention_in_another_language_when_sent_then_byline_says_it_answers_in_english() throws Exception {
        rig.requests.event(mention("Ev5", "C0NEWS", "1800000000.000500", null,
                BOT + " ¿Quién dirige la unidad de robótica?"));

        FakeSlackApi.ApiCall post = rig.slack.nextPost(WAIT);
        assertEquals("1800000000.000500", post.param("thread_ts"));
        assertTrue(post.param("text").contains("English"), post.param("text"));
        assertTrue(post.blocks().toString().contains(ChatReplies.ENGLISH_ONLY.substring(0, 20)),
                post.blocks().toString());
        assertEquals(0, answerer.asked.size());
    }
}
