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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
    void given_a_valid_signature_when_the_timestamp_is_ten_minutes_ahead_then_401_and_no_post() throws Exception {
        String body = mention("EvF4", "C0NEWS", "1800000000.000310", null, BOT + " who leads robotics?").toString();
        String tenMinutesAhead = String.valueOf(Instant.now().plusSeconds(600).getEpochSecond());

        HttpResponse<String> future = rig.requests.signedWith(SlackTestRig.SIGNING_SECRET, body, tenMinutesAhead);

        assertEquals(401, future.statusCode());
        assertPlainShort(future);
        assertNothingAnsweredBeforeSentinel();
    }

    @Test
    void given_an_oversized_body_when_sent_with_or_without_length_then_413_in_plain_text() throws Exception {
        byte[] twoMegabytes = new byte[2 << 20];
        java.util.Arrays.fill(twoMegabytes, (byte) 'a');

        for (boolean chunked : new boolean[]{false, true}) {
            for (boolean signed : new boolean[]{false, true}) {
                HttpResponse<String> reply = rig.requests.raw(twoMegabytes, chunked, signed);

                assertEquals(413, reply.statusCode(), "chunked " + chunked + ", signed " + signed);
                assertPlainShort(reply);
            }
        }
        assertNothingAnsweredBeforeSentinel();
    }

    @Test
    void given_unsigned_and_signed_garbage_then_401_and_400_in_plain_text_and_nothing_logged_of_the_body()
            throws Exception {
        ListAppender<ILoggingEvent> logs = captureAll();
        try {
            byte[] unsigned = "[1,2,3]\nERROR forged log line".getBytes(StandardCharsets.UTF_8);
            byte[] signed = "[1,2,3] signed garbage".getBytes(StandardCharsets.UTF_8);

            HttpResponse<String> forged = rig.requests.raw(unsigned, false, false);
            HttpResponse<String> garbage = rig.requests.raw(signed, false, true);

            assertEquals(401, forged.statusCode());
            assertEquals(400, garbage.statusCode());
            assertPlainShort(forged);
            assertPlainShort(garbage);
            List<String> lines = captured(logs);
            List<String> leaked = lines.stream()
                    .filter(l -> l.contains("forged log line") || l.contains("[1,2,3]")).limit(3).toList();
            assertTrue(leaked.isEmpty(), leaked::toString);
        } finally {
            release(logs);
        }
    }

    @Test
    void given_other_methods_and_paths_then_short_plain_errors_not_html_pages() throws Exception {
        HttpResponse<String> get = rig.requests.get(SlackServer.EVENTS_PATH);
        HttpResponse<String> missing = rig.requests.get("/no-such-page");

        assertEquals(405, get.statusCode());
        assertEquals(404, missing.statusCode());
        assertPlainShort(get);
        assertPlainShort(missing);
    }

    private static void assertPlainShort(HttpResponse<String> reply) {
        String type = reply.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("text/plain"), "content type " + type);
        assertTrue(reply.body().length() < 100, reply.body());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("<"), reply.body());
    }

    /** Every log event at the levels Byline ships with (logback.xml). */
    private static ListAppender<ILoggingEvent> captureAll() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logs);
        return logs;
    }

    private static void release(ListAppender<ILoggingEvent> logs) {
        logger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(logs);
    }

    @Test
    void token_and_signing_secret_never_appear_in_logs_or_replies() throws Exception {
        // given every log event of Byline and Slack's SDK captured, at debug level
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        List<Logger> loggers = List.of(logger("byline"), logger("com.slack"), logger(org.slf4j.Logger.ROOT_LOGGER_NAME));
        List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
        loggers.forEach(l -> l.setLevel(Level.DEBUG));
        logger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logs);
        try {
            // when the server starts, rejects a forged request, and fails while answering
            rig.close();
            rig = new SlackTestRig(question -> {
                throw new IllegalStateException("index unavailable");
            });
            rig.requests.signedWith("forged", mention("EvL0", "C0NEWS", "1.0", null, "x").toString(),
                    SignedRequests.now());
            rig.requests.event(mention("EvL1", "C0NEWS", "1800000000.000400", null, BOT + " who leads robotics?"));
            FakeSlackApi.ApiCall apology = rig.slack.nextPost(WAIT);

            // then the user hears an apology, the failure is logged with the event id, and no secret is anywhere
            assertTrue(apology.param("text").startsWith("Sorry"), apology.param("text"));
            List<String> lines = captured(logs);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("ERROR") && l.contains("EvL1")), lines::toString);
            for (String line : lines) {
                assertFalse(line.contains(SlackTestRig.BOT_TOKEN), "token in log: " + line);
                assertFalse(line.contains(SlackTestRig.SIGNING_SECRET), "signing secret in log: " + line);
            }
            assertFalse(apology.params().toString().contains(SlackTestRig.BOT_TOKEN));
        } finally {
            logger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(logs);
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(levels.get(i));
            }
        }
    }

    private static Logger logger(String name) {
        return (Logger) LoggerFactory.getLogger(name);
    }

    /** Level, message and stack trace of every event; copied under the appender's lock as workers still log. */
    private static List<String> captured(ListAppender<ILoggingEvent> logs) {
        List<ILoggingEvent> events;
        synchronized (logs) {
            events = List.copyOf(logs.list);
        }
        return events.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .toList();
    }

    /** Single worker: had the rejected request been accepted, its reply would come before the sentinel's. */
    private void assertNothingAnsweredBeforeSentinel() throws Exception {
        rig.requests.event(mention("EvSentinel", "C0NEWS", "1800000000.999900", null, BOT + " sentinel"));
        assertEquals("1800000000.999900", rig.slack.nextPost(WAIT).param("thread_ts"));
        assertEquals(1, answerer.asked.size());
    }
}
