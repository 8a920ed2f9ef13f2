package byline.bot.work;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pool that answers chat questions: a fixed number of threads behind a queue bounded by memory, not by a
 * count. Each job declares its weight (roughly the bytes it holds while waiting); a job is turned away only
 * when the weights already queued or running would exceed the budget. {@link #drain} lets accepted jobs finish
 * within a grace period on shutdown and logs by name the ones that could not.
 */
public final class Workers {
    private static final Logger log = LoggerFactory.getLogger(Workers.class);

    private final String name;
    private final long budget;
    private final AtomicLong used = new AtomicLong();
    private final Set<Job> running = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor pool;

    /**
     * @param name    thread name prefix and the name in log lines
     * @param threads threads answering, at least 1
     * @param budget  the most weight (≈ bytes) waiting or running at once, at least 1
     * @param daemon  whether the threads may be abandoned when the JVM exits
     */
    public Workers(String name, int threads, long budget, boolean daemon) {
        if (threads < 1 || budget < 1) {
            throw new IllegalArgumentException(name + ": threads and budget must be positive, got " + threads
                    + " and " + budget);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.budget = budget;
        // Unbounded by count on purpose: admission is bounded by weight in trySubmit.
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                named(name, daemon));
    }

    private static ThreadFactory named(String name, boolean daemon) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, name + "-" + count.incrementAndGet());
            t.setDaemon(daemon);
            return t;
        };
    }

    /**
     * Queues the task unless the budget is spent or the pool is draining.
     *
     * @param label  names the job in shutdown logs (an event or message id, never user text)
     * @param weight roughly the bytes the job holds while it waits
     * @return false when turned away; the caller tells the user
     */
    public boolean trySubmit(String label, long weight, Runnable task) {
        long w = Math.max(1, weight);
        if (!reserve(w)) {
            return false;
        }
        try {
            pool.execute(new Job(label, w, task));
            return true;
        } catch (RejectedExecutionException e) {
            used.addAndGet(-w);
            return false;
        }
    }

    private boolean reserve(long weight) {
        long now;
        do {
            now = used.get();
            if (now + weight > budget) {
                return false;
            }
        } while (!used.compareAndSet(now, now + weight));
        return true;
    }

    /** True once {@link #drain} has begun: no new job is taken. */
    public boolean isDraining() {
        return pool.isShutdown();
    }

    /**
     * Takes no new job, lets accepted ones finish within {@code grace}, then interrupts what is left and logs
     * each unfinished job by label. Returns how many did not finish.
     */
    public int drain(Duration grace) {
        pool.shutdown();
        try {
            if (pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> interrupted = running.stream().map(Job::label).toList();
        List<String> queued = pool.shutdownNow().stream().map(r -> ((Job) r).label()).toList();
        int unfinished = interrupted.size() + queued.size();
        if (unfinished > 0) {
            log.warn("{}: {} answers not finished within the {} s shutdown grace: in progress {}, never started {}",
                    name, unfinished, grace.toSeconds(), interrupted, queued);
        }
        return unfinished;
    }

    /** A task with the label and weight it was admitted with; gives its weight back when done. */
    private final class Job implements Runnable {
        private final String label;
        private final long weight;
        private final Runnable task;

        Job(String label, long weight, Runnable task) {
            this.label = Objects.requireNonNull(label, "label");
            this.weight = weight;
            this.task = Objects.requireNonNull(task, "task");
        }

        String label() {
            return label;
        }

        @Override
        public void run() {
            running.add(this);
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("{}: job {} failed", name, label, e);
            } finally {
                running.remove(this);
                used.addAndGet(-weight);
            }
        }
    }
}
