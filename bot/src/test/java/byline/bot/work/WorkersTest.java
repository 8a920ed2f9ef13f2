package byline.bot.work;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkersTest {

    @Test
    void given_a_budget_when_queued_weight_would_exceed_it_then_the_job_is_turned_away_until_weight_frees() throws Exception {
        Workers workers = new Workers("test", 1, 1_000, true);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(2);

        assertTrue(workers.trySubmit("a", 600, () -> awaitQuietly(release, done)));
        assertFalse(workers.trySubmit("b", 600, done::countDown), "600 + 600 is over the budget");
        assertTrue(workers.trySubmit("c", 400, done::countDown), "600 + 400 fits");
        release.countDown();

        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(0, workers.drain(Duration.ofSeconds(5)));
    }

    @Test
    void given_a_drain_then_no_new_job_is_taken() {
        Workers workers = new Workers("test", 1, 1_000, true);

        workers.drain(Duration.ofSeconds(1));

        assertTrue(workers.isDraining());
        assertFalse(workers.trySubmit("late", 1, () -> { }));
    }

    @Test
    void given_jobs_that_outlast_the_grace_then_drain_counts_them() {
        Workers workers = new Workers("test", 1, 1_000, true);
        CountDownLatch never = new CountDownLatch(1);
        workers.trySubmit("stuck", 1, () -> awaitQuietly(never, new CountDownLatch(0)));
        workers.trySubmit("queued", 1, () -> { });

        assertEquals(2, workers.drain(Duration.ofMillis(100)));
    }

    private static void awaitQuietly(CountDownLatch latch, CountDownLatch then) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        then.countDown();
    }
}
