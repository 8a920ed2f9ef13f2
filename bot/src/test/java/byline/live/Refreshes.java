package byline.live;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Collects a live corpus's refreshes so a test can wait for the one it expects, with a deadline. */
final class Refreshes {
    private final BlockingQueue<Refresh> seen = new LinkedBlockingQueue<>();

    Refreshes(LiveCorpus live) {
        live.onRefresh(seen::add);
    }

    /** The next refresh that matches, skipping others; fails after 15 s. */
    Refresh await(Predicate<Refresh> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            Refresh r = seen.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (r == null) {
                throw new AssertionError("no such refresh within 15 s");
            }
            if (wanted.test(r)) {
                return r;
            }
        }
    }

    /** The next refresh, whatever it found. */
    Refresh next() throws InterruptedException {
        return await(r -> true);
    }
}
