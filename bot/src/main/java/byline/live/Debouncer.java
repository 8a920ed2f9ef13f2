package byline.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once things have been quiet for a while: a copy of 500 files is one update, not 500. A steady
 * stream of changes still runs it at least every {@code longest}. Runs never overlap (one thread).
 */
final class Debouncer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Debouncer.class);

    private final ScheduledExecutorService timer;
    private final Runnable action;
    private final long quietNanos;
    private final long longestNanos;
    private ScheduledFuture<?> pending;
    private long firstPoke;

    Debouncer(Runnable action, Duration quiet, Duration longest) {
        this.action = action;
        this.quietNanos = quiet.toNanos();
        this.longestNanos = Math.max(quiet.toNanos(), longest.toNanos());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "byline-corpus-update");
            t.setDaemon(true);
            return t;
        });
    }

    /** Something changed: run the action after the next quiet period. */
    synchronized void poke() {
        long now = System.nanoTime();
        if (pending == null) {
            firstPoke = now;
        } else {
            pending.cancel(false);
        }
        long delay = Math.min(quietNanos, Math.max(0, firstPoke + longestNanos - now));
        pending = timer.schedule(this::fire, delay, TimeUnit.NANOSECONDS);
    }

    /** Runs {@code task} on the action's thread after {@code delay}, never alongside the action. */
    void later(Runnable task, Duration delay) {
        timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void fire() {
        synchronized (this) {
            pending = null; // changes from now on open a new quiet period, run after this one
        }
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("corpus update failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
