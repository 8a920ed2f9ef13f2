package byline.bot.slack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static byline.bot.slack.SlackPayloads.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackSecurityTest {
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
    void forged_signature_gets_401_and_no_post() throws Exception {
        String body = mention("EvF1", "C0NEWS", "1800000000.000100", null, BOT + " who leads robotics?").toString();

        HttpResponse<String> forged = rig.requests.signedWith("not-the-signing-secret", body, SignedRequests.now());

        assertEquals(401, forged.statusCode());
        assertNothingAnsweredBeforeSentinel();
    }

    @Test
    void stale_timestamp_gets_401_and_no_post() throws Exception {
        String body = mention("EvF2", "C0NEWS", "1800000000.000200", null, BOT + " who leads robotics?").toString();
        String sixMinutesAgo = String.valueOf(Instant.now().minusSeconds(360).getEpochSecond());

        HttpResponse<String> stale = rig.requests.signedWith(SlackTestRig.SIGNING_SECRET, body, sixMinutesAgo);

        assertEquals(401, stale.statusCode());
        assertNothingAnsweredBeforeSentinel();
    }

    @Test
    void missing_signature_gets_401_and_no_post() throws Exception {
        String body = mention("EvF3", "C0NEWS", "1800000000.000300", null, BOT + " who leads robotics?").toString();

        HttpResponse<String> unsigned = rig.requests.unsigned(body);

        assertEquals(401, unsigned.statusCode());
        assertNothingAnsweredBeforeSentinel();
    }

    @Test
    void token_and_signing_secret_never_appear_in_logs_or_replies() throws Exception {
        // given every log event captured, at debug level for Byline and Slack's SDK
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        try {
            // when the server answers, rejects a forged request, and fails while answering
            rig.close();
            rig = new SlackTestRig(question -> {
                throw new IllegalStateException("index unavailable");
            });
            rig.requests.signedWith("forged", mention("EvL0", "C0NEWS", "1.0", null, "x").toString(),
                    SignedRequests.now());
            rig.requests.event(mention("EvL1", "C0NEWS", "1800000000.000400", null, BOT + " who leads robotics?"));
            FakeSlackApi.ApiCall apology = rig.slack.nextPost(WAIT);

            // then neither secret is in any log line, stack trace, or what was posted
            assertTrue(apology.param("text").startsWith("Sorry"), apology.param("text"));
            assertFalse(logs.list.isEmpty());
            for (ILoggingEvent event : logs.list) {
                String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(event.getThrowableProxy()));
                assertFalse(line.contains(SlackTestRig.BOT_TOKEN), "token in log: " + line);
                assertFalse(line.contains(SlackTestRig.SIGNING_SECRET), "signing secret in log: " + line);
            }
            assertTrue(logs.list.stream().anyMatch(e -> e.getLevel() == Level.ERROR
                    && e.getFormattedMessage().contains("EvL1")), "the failure is logged with the event id");
            assertFalse(apology.params().toString().contains(SlackTestRig.BOT_TOKEN));
        } finally {
            root.detachAppender(logs);
            root.setLevel(before);
        }
    }

    /** Single worker: had the rejected request been accepted, its reply would come before the sentinel's. */
    private void assertNothingAnsweredBeforeSentinel() throws Exception {
        rig.requests.event(mention("EvSentinel", "C0NEWS", "1800000000.999900", null, BOT + " sentinel"));
        assertEquals("1800000000.999900", rig.slack.nextPost(WAIT).param("thread_ts"));
        assertEquals(1, answerer.asked.size());
    }
}
