package byline.bot.discord;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The bounded pool questions are answered on: a fixed number of threads and a bounded queue. */
final class WorkerPool {
    /** Questions waiting per worker before new ones are turned away with a "busy" notice. */
    static final int QUEUE_PER_WORKER = 25;

    private WorkerPool() {
    }

    static ExecutorService create(int threads) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_PER_WORKER), named(), new ThreadPoolExecutor.AbortPolicy());
    }

    private static ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "byline-discord-worker-" + count.incrementAndGet());
            t.setDaemon(true); // a stuck answer must not keep the JVM alive after shutdown
            return t;
        };
    }
}
