package byline.bot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;

/**
 * Keys seen within a time window, whatever the traffic in between: each key is remembered for {@code window}
 * after it was first seen. A size cap far above Slack's delivery rate keeps memory bounded under abuse.
 */
final class RecentKeys {
    /** Slack retries for about 5 minutes and a timestamp is valid 5 minutes either way: 15 minutes covers both. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /* ~250 bytes per key: about 50 MB at most, against Slack's limit of 30,000 events per hour per workspace. */
    static final long MAX_KEYS = 200_000;

    private final Cache<String, Boolean> seen;

    RecentKeys(Duration window, long maxKeys, Ticker ticker) {
        this.seen = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(maxKeys).ticker(ticker).build();
    }

    static RecentKeys standard() {
        return new RecentKeys(WINDOW, MAX_KEYS, Ticker.systemTicker());
    }

    /** True the first time the key is seen within the window (atomically). */
    boolean firstTime(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    /** Forgets a key, so that it counts as new again. */
    void forget(String key) {
        seen.invalidate(key);
    }

    /** Keys remembered now (for tests). */
    long size() {
        seen.cleanUp();
        return seen.estimatedSize();
    }
}
