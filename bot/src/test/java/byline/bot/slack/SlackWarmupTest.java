package byline.bot.slack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static byline.bot.slack.SlackPayloads.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The warm-up of the request path at start: it serves its synthetic events and leaves no trace. */
class SlackWarmupTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

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
    void given_a_started_server_then_the_warm_up_acked_its_events_and_called_no_web_api_method_but_auth_test()
            throws Exception {
        AckWarmup.Outcome warmup = rig.server.warmup();

        assertTrue(warmup.sent() > 0, "warmed up: " + warmup);
        assertEquals(warmup.sent(), warmup.acked(), "every synthetic event acknowledged: " + warmup);
        assertTrue(warmup.took().compareTo(Duration.ofSeconds(1)) < 0, "bounded: " + warmup);
        List<String> methods = rig.slack.calls().stream().map(FakeSlackApi.ApiCall::method).toList();
        assertTrue(methods.stream().allMatch("auth.test"::equals), "only the start's token checks: " + methods);
        assertTrue(rig.slack.pendingPosts().isEmpty() && rig.slack.pendingResponses().isEmpty());
        assertTrue(answerer.asked.isEmpty(), "nothing was answered");
    }

    @Test
    void given_a_started_server_then_the_warm_up_left_no_replay_or_dedupe_entries() {
        assertEquals(0, rig.server.rememberedKeys());
    }

    @Test
    void given_the_warm_up_when_the_first_real_mention_comes_then_it_is_answered_once_and_only_it_is_remembered()
            throws Exception {
        HttpResponse<String> ack = rig.requests.event(
                mention("Ev1", "C0NEWS", "1800000000.000100", null, "<@" + FakeSlackApi.BOT_USER_ID + "> who leads Acme's robotics unit?"));

        assertEquals(200, ack.statusCode());
        FakeSlackApi.ApiCall post = rig.slack.nextPost(WAIT);
        assertEquals("1800000000.000100", post.param("thread_ts"));
        assertEquals("who leads Acme's robotics unit?", answerer.asked.poll(1, TimeUnit.SECONDS).text());
        assertEquals(3, rig.server.rememberedKeys(), "its signature, its event id and its message");
        List<String> methods = rig.slack.calls().stream().map(FakeSlackApi.ApiCall::method)
                .filter(m -> !m.equals("auth.test")).toList();
        assertEquals(List.of("chat.postMessage"), methods);
    }
}
