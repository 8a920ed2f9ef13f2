package byline.bot.slack;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that answers: Slack requests are acknowledged at once on the HTTP thread and the answer is
 * produced here. A fixed number of threads and a bounded queue keep a burst of questions from exhausting
 * memory; when full, {@link #trySubmit} says so and the caller tells the user.
 */
final class AnswerWorkers implements AutoCloseable {
    private static final int QUEUE_PER_WORKER = 32;
    private final ThreadPoolExecutor pool;

    AnswerWorkers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one worker thread is needed, got " + threads);
        }
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_PER_WORKER), namedThreads());
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> new Thread(task, "byline-slack-worker-" + count.incrementAndGet());
    }

    /** Queues the task; false when the pool is full or closed. */
    boolean trySubmit(Runnable task) {
        try {
            pool.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Lets queued answers finish for a few seconds, then stops. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
