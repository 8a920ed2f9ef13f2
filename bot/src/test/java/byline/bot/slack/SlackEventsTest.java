package byline.bot.slack;

import byline.answer.Question;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static byline.bot.slack.SlackPayloads.botMessage;
import static byline.bot.slack.SlackPayloads.mention;
import static byline.bot.slack.SlackPayloads.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackEventsTest {
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
    void answers_mention_in_thread_with_outlet_citation() throws Exception {
        // when someone mentions Byline at the top of a channel
        HttpResponse<String> ack = rig.requests.event(
                mention("Ev1", "C0NEWS", "1800000000.000100", null, BOT + " who leads Acme's robotics unit?"));

        // then the event is acknowledged and the answer is posted in the thread of that message, citing Reuters
        assertEquals(200, ack.statusCode());
        FakeSlackApi.ApiCall post = rig.slack.nextPost(WAIT);
        assertEquals("C0NEWS", post.param("channel"));
        assertEquals("1800000000.000100", post.param("thread_ts"));
        String blocks = post.blocks().toString();
        assertTrue(blocks.contains("Jane Doe leads the new robotics unit at Acme. [1]"), blocks);
        assertTrue(blocks.contains("Reuters"), blocks);
        assertTrue(blocks.contains("<https://example.com/acme-robotics|"), blocks);
        assertTrue(post.param("text").contains("Reuters"), post.param("text"));
        assertEquals("who leads Acme's robotics unit?", answerer.asked.poll(1, TimeUnit.SECONDS).text());
    }

    @Test
    void answers_direct_message_in_the_dm() throws Exception {
        rig.requests.event(message("Ev2", "D0DM", "im", "1800000000.000200", null, "who leads robotics at Acme?"));

        FakeSlackApi.ApiCall post = rig.slack.nextPost(WAIT);
        assertEquals("D0DM", post.param("channel"));
        assertNull(post.param("thread_ts"), "a top-level DM is answered in the DM, not in a thread");
        assertTrue(post.blocks().toString().contains("Reuters"));
    }

    @Test
    void answers_follow_up_in_thread_with_earlier_question_and_answer() throws Exception {
        // given Byline answered a mention in a thread
        rig.requests.event(mention("Ev3", "C0NEWS", "1800000000.000300", null, BOT + " who leads robotics at Acme?"));
        rig.slack.nextPost(WAIT);
        answerer.asked.poll(1, TimeUnit.SECONDS);

        // when someone replies in that thread without mentioning Byline
        rig.requests.event(message("Ev4", "C0NEWS", "channel", "1800000000.000400", "1800000000.000300",
                "and who does she report to?"));

        // then the reply is answered in the same thread, with the earlier question as context
        FakeSlackApi.ApiCall post = rig.slack.nextPost(WAIT);
        assertEquals("1800000000.000300", post.param("thread_ts"));
        Question followUp = answerer.asked.poll(1, TimeUnit.SECONDS);
        assertEquals("and who does she report to?", followUp.text());
        assertEquals("who leads robotics at Acme?", followUp.earlier());
        assertEquals(java.util.List.of("Jane Doe leads the new robotics unit at Acme."), followUp.earlierAnswer());
        assertEquals(java.util.List.of("acme-robotics"), followUp.earlierSources());
    }

    @Test
    void ignores_thread_replies_where_byline_never_answered() throws Exception {
        rig.requests.event(message("Ev5", "C0NEWS", "channel", "1800000000.000500", "1700000000.000001",
                "chatting among ourselves"));
        // a later mention's reply is the next post: nothing was posted for the plain thread message
        rig.requests.event(mention("Ev6", "C0NEWS", "1800000000.000600", null, BOT + " who leads robotics?"));

        assertEquals("1800000000.000600", rig.slack.nextPost(WAIT).param("thread_ts"));
        assertEquals(1, answerer.asked.size());
    }

    @Test
    void retry_of_same_event_yields_one_reply() throws Exception {
        var event = mention("Ev7", "C0NEWS", "1800000000.000700", null, BOT + " who leads robotics?");
        rig.requests.event(event);
        HttpResponse<String> retry = rig.requests.retry(event, 1);
        rig.requests.event(mention("Ev8", "C0NEWS", "1800000000.000800", null, BOT + " and the budget?"));

        assertEquals(200, retry.statusCode(), "a retry is acknowledged so Slack stops retrying");
        assertEquals("1800000000.000700", rig.slack.nextPost(WAIT).param("thread_ts"));
        assertEquals("1800000000.000800", rig.slack.nextPost(WAIT).param("thread_ts"));
        assertEquals(2, answerer.asked.size());
    }

    @Test
    void mention_also_delivered_as_message_is_answered_once() throws Exception {
        // given Byline already answered in the thread, so a message there could count as a follow-up
        rig.requests.event(mention("Ev9", "C0NEWS", "1800000000.000900", null, BOT + " who leads robotics?"));
        rig.slack.nextPost(WAIT);

        // when a mention in that thread arrives both as app_mention and as message
        String text = BOT + " and who does she report to?";
        rig.requests.event(mention("Ev10", "C0NEWS", "1800000000.001000", "1800000000.000900", text));
        rig.requests.event(message("Ev11", "C0NEWS", "channel", "1800000000.001000", "1800000000.000900", text));
        rig.requests.event(mention("Ev12", "C0NEWS", "1800000000.001200", null, BOT + " sentinel"));

        // then it is answered once
        rig.slack.nextPost(WAIT);
        assertEquals("1800000000.001200", rig.slack.nextPost(WAIT).param("thread_ts"));
        assertEquals(3, answerer.asked.size());
    }

    @Test
    void ignores_messages_from_bots() throws Exception {
        rig.requests.event(botMessage("Ev13", "D0DM", "im", "1800000000.001300", "B0OTHER", "who leads robotics?"));
        rig.requests.event(botMessage("Ev14", "D0DM", "im", "1800000000.001400", FakeSlackApi.BOT_ID, "an answer"));
        rig.requests.event(message("Ev15", "D0DM", "im", "1800000000.001500", null, "who leads robotics?"));

        assertEquals("D0DM", rig.slack.nextPost(WAIT).param("channel"));
        assertEquals(1, answerer.asked.size(), "only the person's message was answered");
    }

    @Test
    void acknowledges_and_ignores_joins_edits_and_other_message_subtypes() throws Exception {
        for (String subtype : new String[]{"channel_join", "message_changed", "message_deleted", "file_share",
                "thread_broadcast", "bot_message", "channel_topic", "ekm_access_denied"}) {
            var event = message("Ev-" + subtype, "D0DM", "im", "1800000000.0017" + subtype.length(), null,
                    "who leads robotics?");
            ((ObjectNode) event.get("event")).put("subtype", subtype);

            assertEquals(200, rig.requests.event(event).statusCode(), subtype + " must be acknowledged");
        }
        rig.requests.event(message("Ev16", "D0DM", "im", "1800000000.001600", null, "who leads robotics?"));

        assertEquals("D0DM", rig.slack.nextPost(WAIT).param("channel"));
        assertEquals(1, answerer.asked.size(), "only the plain message was answered");
        assertEquals(0, rig.slack.pendingPosts().size());
    }

    @Test
    void answers_slacks_url_verification_challenge() throws Exception {
        ObjectNode challenge = SignedRequests.JSON.createObjectNode().put("token", "legacy")
                .put("challenge", "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P").put("type", "url_verification");

        HttpResponse<String> reply = rig.requests.event(challenge);

        assertEquals(200, reply.statusCode());
        assertTrue(reply.body().contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"), reply.body());
    }

    @Test
    void health_check_reports_articles_loaded() throws Exception {
        HttpResponse<String> health = rig.requests.get(SlackServer.HEALTH_PATH);

        assertEquals(200, health.statusCode());
        JsonNode body = FakeSlackApi.parse(health.body());
        assertEquals(SlackTestRig.ARTICLES.size(), body.get("articles").asInt());
    }
}
