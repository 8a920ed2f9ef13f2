package byline.bot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static byline.bot.slack.SlackPayloads.mention;
import static byline.bot.slack.SlackPayloads.message;
import static byline.bot.slack.SlackPayloads.userlessBotMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Byline, not Bolt, decides which events come from bots or from itself: Bolt's own filter looks unknown bots up
 * with {@code bots.info} before the ack. These tests count every Web API call the fake Slack receives.
 */
class SlackSelfEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String BOT = "<@" + FakeSlackApi.BOT_USER_ID + ">";
    private static final int BURST = 30;

    private FakeAnswerers.Recording answerer;
    private SlackTestRig rig;
    private int startUpCalls;

    @BeforeEach
    void start() throws Exception {
        answerer = new FakeAnswerers.Recording();
        rig = new SlackTestRig(answerer);
        startUpCalls = rig.slack.calls().size();
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void given_a_burst_of_messages_from_bots_never_seen_when_they_arrive_then_each_is_acked_and_slack_is_not_called()
            throws Exception {
        // given bots with no bot user, each new to the server, posting at once: a bot_message, a plain message
        // in a DM, and a mention, in turn
        List<ObjectNode> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            String ts = "1800000000.1" + String.format("%05d", i);
            String botId = "B0NEW" + String.format("%03d", i);
            burst.add(switch (i % 3) {
                case 0 -> userlessBotMessage("EvBurst" + i, "C0NEWS", "channel", ts, botId, "bot_message");
                case 1 -> userlessBotMessage("EvBurst" + i, "D0DM", "im", ts, botId, null);
                default -> {
                    ObjectNode m = mention("EvBurst" + i, "C0NEWS", ts, null, BOT + " who leads robotics?");
                    ObjectNode event = ((ObjectNode) m.get("event")).put("bot_id", botId);
                    event.remove("user");
                    yield m;
                }
            });
        }

        // when they arrive together
        List<Integer> statuses = sendTogether(burst);

        // then each is acknowledged
        assertEquals(BURST, statuses.size());
        assertTrue(statuses.stream().allMatch(s -> s == 200), "every event acknowledged: " + statuses);
        // and, once a person's message queued after them is answered first, Slack received only that answer:
        // no bots.info, no auth.test after start, no post for any bot
        rig.requests.event(message("EvPerson", "D0DM", "im", "1800000000.200000", null, "who leads robotics?"));
        assertEquals("D0DM", rig.slack.nextPost(WAIT).param("channel"));
        assertEquals(List.of("chat.postMessage"), callsSinceStart());
        assertEquals(1, answerer.asked.size(), "only the person was answered");
    }

    @Test
    void given_byline_answered_in_a_thread_when_its_own_messages_come_back_then_none_is_answered() throws Exception {
        // given Byline answered in a thread, where a plain reply counts as a follow-up
        String thread = "1800000000.000100";
        rig.requests.event(mention("Ev1", "C0NEWS", thread, null, BOT + " who leads robotics at Acme?"));
        rig.slack.nextPost(WAIT);
        answerer.asked.poll(1, TimeUnit.SECONDS);

        // when Slack sends Byline's own messages back: its answer (bot id and bot user), a message naming only its
        // bot user, one mentioning itself, and the edit and deletion of its answer
        ObjectNode answer = message("EvEcho1", "C0NEWS", "channel", "1800000000.000101", thread,
                "Jane Doe leads the new robotics unit at Acme. [1]");
        ((ObjectNode) answer.get("event")).put("user", FakeSlackApi.BOT_USER_ID).put("bot_id", FakeSlackApi.BOT_ID)
                .put("app_id", "A0BYLINE");
        ObjectNode userOnly = message("EvEcho2", "C0NEWS", "channel", "1800000000.000102", thread,
                "and who does she report to?");
        ((ObjectNode) userOnly.get("event")).put("user", FakeSlackApi.BOT_USER_ID);
        ObjectNode selfMention = mention("EvEcho3", "C0NEWS", "1800000000.000103", thread, BOT + " sources");
        ((ObjectNode) selfMention.get("event")).put("user", FakeSlackApi.BOT_USER_ID);
        List<ObjectNode> echoes = List.of(answer, userOnly, selfMention,
                edited("EvEcho4", "message_changed", "1800000000.000105", thread, "1800000000.000101"),
                edited("EvEcho5", "message_deleted", "1800000000.000106", thread, "1800000000.000101"));
        for (ObjectNode echo : echoes) {
            assertEquals(200, rig.requests.event(echo).statusCode(), echo.toString());
        }

        // then none is answered: a person's follow-up sent after them gets the next answer, and it is the only one
        rig.requests.event(message("EvPerson", "C0NEWS", "channel", "1800000000.000104", thread,
                "and who does she report to?"));
        assertEquals(thread, rig.slack.nextPost(WAIT).param("thread_ts"));
        assertEquals("and who does she report to?", answerer.asked.poll(1, TimeUnit.SECONDS).text());
        assertTrue(answerer.asked.isEmpty(), "nothing else was answered: " + answerer.asked);
        assertTrue(rig.slack.pendingPosts().isEmpty());
    }

    @Test
    void given_a_person_mentions_byline_when_it_arrives_as_mention_message_and_retry_then_it_is_answered_once()
            throws Exception {
        // when a person's mention arrives as app_mention, as a message event, and again as Slack's retry
        String ts = "1800000000.000300";
        ObjectNode asMention = mention("EvMention", "C0NEWS", ts, null, BOT + " who leads Acme's robotics unit?");
        assertEquals(200, rig.requests.event(asMention).statusCode());
        assertEquals(200, rig.requests.event(message("EvMessage", "C0NEWS", "channel", ts, null,
                BOT + " who leads Acme's robotics unit?")).statusCode());
        assertEquals(200, rig.requests.retry(asMention, 1).statusCode());
        rig.requests.event(message("EvLater", "D0DM", "im", "1800000000.000301", null, "who leads robotics?"));

        // then it is answered once, in its thread, before the later DM, and Slack saw only the two answers
        assertEquals(ts, rig.slack.nextPost(WAIT).param("thread_ts"));
        assertEquals("D0DM", rig.slack.nextPost(WAIT).param("channel"));
        assertEquals("who leads Acme's robotics unit?", answerer.asked.poll(1, TimeUnit.SECONDS).text());
        assertEquals("who leads robotics?", answerer.asked.poll(1, TimeUnit.SECONDS).text());
        assertEquals(List.of("chat.postMessage", "chat.postMessage"), callsSinceStart());
    }

    /** A {@code message_changed} or {@code message_deleted} of Byline's message {@code ts} in {@code thread}. */
    private static ObjectNode edited(String eventId, String subtype, String eventTs, String thread, String ts) {
        ObjectNode envelope = message(eventId, "C0NEWS", "channel", eventTs, null, "");
        ObjectNode event = (ObjectNode) envelope.get("event");
        event.remove("user");
        event.remove("text");
        event.put("subtype", subtype).put("hidden", true);
        if (subtype.equals("message_deleted")) {
            event.put("deleted_ts", ts);
        }
        ObjectNode own = SignedRequests.JSON.createObjectNode().put("type", "message")
                .put("user", FakeSlackApi.BOT_USER_ID).put("bot_id", FakeSlackApi.BOT_ID).put("ts", ts)
                .put("thread_ts", thread).put("text", "Jane Doe leads the new robotics unit at Acme. [1]");
        event.set(subtype.equals("message_changed") ? "message" : "previous_message", own);
        return envelope;
    }

    private List<Integer> sendTogether(List<ObjectNode> events) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> sends = events.stream()
                    .<Callable<Integer>>map(e -> () -> rig.requests.event(e).statusCode()).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : senders.invokeAll(sends, 30, TimeUnit.SECONDS)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            senders.shutdownNow();
        }
    }

    private List<String> callsSinceStart() {
        List<FakeSlackApi.ApiCall> calls = rig.slack.calls();
        return calls.subList(startUpCalls, calls.size()).stream().map(FakeSlackApi.ApiCall::method).toList();
    }
}
