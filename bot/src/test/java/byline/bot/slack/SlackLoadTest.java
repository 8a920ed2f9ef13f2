package byline.bot.slack;

import byline.corpus.Corpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static byline.bot.slack.SlackPayloads.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bursts: every event acknowledged before any Web API call, and answered rather than turned away. */
class SlackLoadTest {
    private static final String BOT = "<@" + FakeSlackApi.BOT_USER_ID + ">";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private SlackTestRig rig;
    private ExecutorService clients;

    @AfterEach
    void stop() {
        if (clients != null) {
            clients.shutdownNow();
        }
        rig.close();
    }

    @Test
    void given_1000_events_from_16_connections_then_all_acked_and_all_get_real_answers() throws Exception {
        rig = new SlackTestRig(new FakeAnswerers.Recording(), new Corpus(SlackTestRig.ARTICLES, List.of()), 4,
                Duration.ofSeconds(5), SlackTestRig.FAST);
        List<Long> ackMillis = burst(1000, 16);

        Set<String> answered = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            FakeSlackApi.ApiCall post = rig.slack.nextPost(WAIT);
            assertTrue(post.param("text").contains("Reuters"), "a real answer, not a busy notice: " + post.param("text"));
            assertTrue(answered.add(post.param("thread_ts")), "answered twice: " + post.param("thread_ts"));
        }
        assertEquals(1000, answered.size());
        ackMillis.sort(null);
        long p95 = ackMillis.get(949);
        long max = ackMillis.get(999);
        System.out.printf("1000 events: ack p95 %d ms, max %d ms%n", p95, max);
        assertTrue(max < 3000, "every ack within Slack's 3 s, max " + max + " ms");
    }

    @Test
    void given_a_web_api_that_does_not_answer_then_every_event_is_still_acked_at_once() throws Exception {
        rig = new SlackTestRig(new FakeAnswerers.Recording(), new Corpus(SlackTestRig.ARTICLES, List.of()), 4,
                Duration.ofSeconds(5), SlackTestRig.FAST);
        CountDownLatch webApi = rig.slack.holdPosts();

        List<Long> ackMillis = burst(50, 8);
        webApi.countDown();

        assertEquals(50, ackMillis.size(), "all acknowledged while no post could complete");
        for (int i = 0; i < 50; i++) {
            assertTrue(rig.slack.nextPost(WAIT).param("text").contains("Reuters"));
        }
    }

    @Test
    void given_a_full_queue_then_the_busy_notice_is_posted_after_the_ack() throws Exception {
        // given room in the queue for one question only, and an answer that takes until the test says so
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        FakeAnswerers.Recording answers = new FakeAnswerers.Recording();
        SlackTuning tiny = new SlackTuning(SlackTestRig.FAST.retry(), SlackTestRig.FAST.readTimeout(), 3_000,
                VerifyingFilter.MAX_BODY_BYTES);
        rig = new SlackTestRig(question -> {
            started.countDown();
            await(release);
            return answers.answer(question);
        }, new Corpus(SlackTestRig.ARTICLES, List.of()), 1, Duration.ofSeconds(5), tiny);
        rig.requests.event(mention("EvB1", "C0NEWS", "1800000000.000100", null, BOT + " first question"));
        await(started); // the first answer now holds the queue's whole budget

        // when another question arrives
        try (Socket second = rig.requests.eventOverSocket(
                mention("EvB2", "C0NEWS", "1800000000.000200", null, BOT + " second question"))) {
            FakeSlackApi.ApiCall busy = rig.slack.nextPost(WAIT);

            // then it is told to ask again, and by then its acknowledgement had already arrived
            assertTrue(busy.param("text").contains("too many questions"), busy.param("text"));
            assertEquals("1800000000.000200", busy.param("thread_ts"));
            assertTrue(second.getInputStream().available() > 0, "the ack was on the wire before the notice");
            String status = new String(second.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 200", status);
        } finally {
            release.countDown();
        }
        assertEquals("1800000000.000100", rig.slack.nextPost(WAIT).param("thread_ts"));
        assertFalse(rig.slack.pendingPosts().stream().anyMatch(p -> p.param("text").startsWith("Sorry, something")));
    }

    /** Sends {@code events} mentions from {@code connections} threads; returns each ack's time. */
    private List<Long> burst(int events, int connections) throws Exception {
        clients = Executors.newFixedThreadPool(connections);
        List<Future<List<Long>>> sent = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int from = c;
            sent.add(clients.submit(() -> {
                SignedRequests client = new SignedRequests("http://127.0.0.1:" + rig.server.port(),
                        SlackTestRig.SIGNING_SECRET);
                List<Long> times = new ArrayList<>();
                for (int i = from; i < events; i += connections) {
                    long start = System.nanoTime();
                    HttpResponse<String> ack = client.event(mention("EvL" + i, "C0LOAD",
                            String.format("1800000000.%06d", i), null, BOT + " who leads robotics? " + i));
                    times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    assertEquals(200, ack.statusCode());
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : sent) {
            all.addAll(f.get(60, TimeUnit.SECONDS));
        }
        return all;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test never released the answer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
