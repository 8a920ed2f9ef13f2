package byline.bot.slack;

import byline.corpus.Corpus;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static byline.bot.slack.SlackPayloads.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stopping the Slack server: accepted answers are delivered within the grace, the rest are logged. */
class SlackShutdownTest {
    private static final String BOT = "<@" + FakeSlackApi.BOT_USER_ID + ">";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private SlackTestRig rig;

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void given_six_answers_in_flight_when_the_server_stops_then_all_are_delivered_and_new_requests_refused()
            throws Exception {
        rig = rig(2, Duration.ofSeconds(10));
        CountDownLatch webApi = rig.slack.holdPosts();
        for (int i = 0; i < 6; i++) {
            rig.requests.event(mention("EvS" + i, "C0NEWS", "1800000000.00010" + i, null, BOT + " question " + i));
        }
        rig.slack.awaitAttempts(2, WAIT);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(rig.server::close);

        assertThrows(TimeoutException.class, () -> closing.get(300, TimeUnit.MILLISECONDS),
                "the server waits for the answers in flight");
        assertThrows(IOException.class, () -> rig.requests.event(
                mention("EvLate", "C0NEWS", "1800000000.000200", null, BOT + " too late")));
        webApi.countDown();
        closing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        for (int i = 0; i < 6; i++) {
            assertTrue(rig.slack.nextPost(WAIT).param("text").contains("Reuters"));
        }
        assertEquals(0, rig.slack.pendingPosts().size());
    }

    @Test
    void given_answers_that_cannot_finish_within_the_grace_then_stop_returns_and_logs_each_one() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        try {
            rig = rig(1, Duration.ofMillis(200));
            rig.slack.holdPosts();
            for (int i = 0; i < 3; i++) {
                rig.requests.event(mention("EvG" + i, "C0NEWS", "1800000000.00030" + i, null, BOT + " q " + i));
            }
            rig.slack.awaitAttempts(1, WAIT);

            long start = System.nanoTime();
            rig.server.close();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertTrue(millis < 3_000, "stopped in " + millis + " ms");
            List<String> unfinished;
            synchronized (logs) {
                unfinished = logs.list.stream().map(ILoggingEvent::getFormattedMessage)
                        .filter(l -> l.contains("not finished")).toList();
            }
            assertEquals(1, unfinished.size(), unfinished::toString);
            for (String id : List.of("EvG0", "EvG1", "EvG2")) {
                assertTrue(unfinished.get(0).contains(id), unfinished.get(0));
            }
        } finally {
            root.detachAppender(logs);
        }
    }

    private static SlackTestRig rig(int workers, Duration grace) throws IOException {
        SlackTuning slowWebApi = new SlackTuning(SlackTestRig.FAST.retry(), Duration.ofSeconds(20), 32L << 20,
                VerifyingFilter.MAX_BODY_BYTES);
        return new SlackTestRig(new FakeAnswerers.Recording(), new Corpus(SlackTestRig.ARTICLES, List.of()),
                workers, grace, slowWebApi);
    }
}
