package byline.feeds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls the configured feeds on a timer while Byline runs, writing new articles into the corpus folder, where
 * the folder watcher picks them up. The first pass starts at once.
 */
public final class FeedService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedService.class);

    private final ScheduledExecutorService timer;

    private FeedService(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts polling {@code settings.feeds()} into {@code corpusDir/feeds}. */
    public static FeedService start(FeedSettings settings, Path corpusDir) {
        FeedPoller poller = new FeedPoller(settings, feedsFolder(corpusDir));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "byline-feeds");
            t.setDaemon(true);
            return t;
        });
        long every = settings.interval().toMillis();
        timer.scheduleWithFixedDelay(() -> pass(poller, settings), 0, Math.max(1, every), TimeUnit.MILLISECONDS);
        log.info("polling {} feed(s) every {} s", settings.feeds().size(), settings.interval().toSeconds());
        return new FeedService(timer);
    }

    /** Where articles from feeds are written inside the corpus folder. */
    public static Path feedsFolder(Path corpusDir) {
        return corpusDir.resolve("feeds");
    }

    private static void pass(FeedPoller poller, FeedSettings settings) {
        try {
            Ingest result = poller.poll(settings.feeds());
            if (!result.added().isEmpty()) {
                log.info("feeds: wrote {} new article(s)", result.added().size());
            }
        } catch (RuntimeException e) {
            log.warn("feed poll failed: {}", e.toString()); // a thrown task would stop the timer for good
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
