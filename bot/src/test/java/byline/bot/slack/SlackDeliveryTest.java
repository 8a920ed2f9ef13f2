package byline.bot.slack;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static byline.bot.slack.SlackPayloads.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Web API faults: every answer is delivered once, never followed by an apology. */
class SlackDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String BOT = "<@" + FakeSlackApi.BOT_USER_ID + ">";

    private SlackTestRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new SlackTestRig(new FakeAnswerers.Recording());
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    static Stream<FakeSlackApi.Fault> retriedFaults() {
        return Stream.of(FakeSlackApi.Fault.status(500), FakeSlackApi.Fault.status(503),
                FakeSlackApi.Fault.error("internal_error"), FakeSlackApi.Fault.error("ratelimited"));
    }

    @ParameterizedTest
    @MethodSource("retriedFaults")
    void given_one_transient_fault_when_answering_then_the_answer_is_delivered_once(FakeSlackApi.Fault fault)
            throws Exception {
        rig.slack.failNextPosts(fault);

        rig.requests.event(mention("EvD1", "C0NEWS", "1800000000.000100", null, BOT + " who leads robotics?"));

        FakeSlackApi.ApiCall answer = rig.slack.nextPost(WAIT);
        assertTrue(answer.param("text").contains("Reuters"), answer.param("text"));
        assertNextPostIsTheSentinel();
        assertEquals(3, rig.slack.postAttempts(), "the failed attempt, its retry, the sentinel");
    }

    @Test
    void given_429_with_retry_after_when_answering_then_waits_that_long_and_delivers_once() throws Exception {
        rig.slack.failNextPosts(FakeSlackApi.Fault.tooManyRequests(1));

        long asked = System.nanoTime();
        rig.requests.event(mention("EvD2", "C0NEWS", "1800000000.000200", null, BOT + " who leads robotics?"));
        FakeSlackApi.ApiCall answer = rig.slack.nextPost(WAIT);
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);

        assertTrue(answer.param("text").contains("Reuters"));
        assertTrue(waited >= 950, "Retry-After: 1 honoured, retried after " + waited + " ms");
        assertNextPostIsTheSentinel();
    }

    @Test
    void given_a_post_that_stalls_past_the_timeout_and_lands_then_no_retry_and_no_apology() throws Exception {
        // the read timeout in the rig is 500 ms: the post lands after the client gave up on it
        rig.slack.failNextPosts(FakeSlackApi.Fault.stall(Duration.ofMillis(1200)));

        rig.requests.event(mention("EvD3", "C0NEWS", "1800000000.000300", null, BOT + " who leads robotics?"));

        assertTrue(rig.slack.nextPost(WAIT).param("text").contains("Reuters"));
        assertNextPostIsTheSentinel();
        assertEquals(2, rig.slack.postAttempts(), "the stalled answer and the sentinel: nothing retried");
    }

    @Test
    void given_slack_failing_every_attempt_then_one_log_line_and_no_apology() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        try {
            FakeSlackApi.Fault down = FakeSlackApi.Fault.status(503);
            rig.slack.failNextPosts(down, down, down, down);

            rig.requests.event(mention("EvD4", "C0NEWS", "1800000000.000400", null, BOT + " who leads robotics?"));

            assertNextPostIsTheSentinel();
            assertEquals(5, rig.slack.postAttempts(), "four attempts at the answer, then the sentinel");
            List<String> gaveUp = lines(logs).stream().filter(l -> l.contains("EvD4")).toList();
            assertEquals(1, gaveUp.size(), gaveUp::toString);
            assertTrue(gaveUp.get(0).contains("gave up after 4 attempts"), gaveUp.get(0));
        } finally {
            root.detachAppender(logs);
        }
    }

    private static List<String> lines(ListAppender<ILoggingEvent> logs) {
        synchronized (logs) {
            return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** One worker: an apology or a duplicate would come before the sentinel's answer. */
    private void assertNextPostIsTheSentinel() throws Exception {
        rig.requests.event(mention("EvSentinel", "C0NEWS", "1800000000.999900", null, BOT + " sentinel"));
        assertEquals("1800000000.999900", rig.slack.nextPost(WAIT).param("thread_ts"));
    }
}
