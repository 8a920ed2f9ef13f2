package byline.bot.work;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.util.concurrent.CountDownLatch;

/**
 * Turns SIGTERM and SIGINT into a request to stop that the main thread waits for, so that a service manager's
 * stop drains answers in flight and the process exits 0 (the JVM's own handling runs shutdown hooks and exits
 * 143, with no way to finish work first and report success).
 */
public final class StopSignals {
    private static final Logger log = LoggerFactory.getLogger(StopSignals.class);
    private final CountDownLatch stop = new CountDownLatch(1);

    private StopSignals() {
    }

    /** Handles TERM and INT from now on, for the whole process. */
    public static StopSignals install() {
        StopSignals signals = new StopSignals();
        for (String name : new String[]{"TERM", "INT"}) {
            Signal.handle(new Signal(name), s -> signals.request("SIG" + s.getName()));
        }
        return signals;
    }

    /** A stop request without signal handlers, for tests and for a stop that comes from elsewhere. */
    public static StopSignals manual() {
        return new StopSignals();
    }

    /** Asks the process to stop; later calls change nothing. */
    public void request(String why) {
        if (stop.getCount() > 0) {
            log.info("{}: stopping (no new questions; finishing answers in flight)", why);
        }
        stop.countDown();
    }

    /** Blocks until a stop is requested. */
    public void await() throws InterruptedException {
        stop.await();
    }
}
