package byline.bot.discord;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A token bucket per user: a burst of questions, then one more every {@code refillEvery}. A user who runs dry
 * is told so once ({@link Verdict#NOTICE}); further questions in the same dry spell are dropped quietly, so a
 * flood gets exactly one friendly notice. Only the most recently active users are tracked (bounded memory).
 */
final class RateLimiter {

    /** What to do with one question. */
    enum Verdict { ALLOW, NOTICE, SILENT }

    private final int burst;
    private final Duration refillEvery;
    private final InstantSource clock;
    private final Map<Long, Bucket> buckets;

    RateLimiter(int burst, Duration refillEvery, InstantSource clock, int maxUsers) {
        if (burst < 1 || maxUsers < 1) {
            throw new IllegalArgumentException("burst and maxUsers must be positive: " + burst + ", " + maxUsers);
        }
        if (refillEvery.isNegative() || refillEvery.isZero()) {
            throw new IllegalArgumentException("refill interval must be positive: " + refillEvery);
        }
        this.burst = burst;
        this.refillEvery = refillEvery;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
                return size() > maxUsers;
            }
        };
    }

    /** {@code perMinute} questions at once, then one every {@code 60 s / perMinute}. */
    static RateLimiter perMinute(int perMinute, InstantSource clock) {
        return new RateLimiter(perMinute, Duration.ofMinutes(1).dividedBy(perMinute), clock, 10_000);
    }

    synchronized Verdict check(long userId) {
        Instant now = clock.instant();
        Bucket bucket = buckets.computeIfAbsent(userId, id -> new Bucket(burst, now));
        bucket.refill(now, burst, refillEvery);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            bucket.noticed = false;
            return Verdict.ALLOW;
        }
        if (bucket.noticed) {
            return Verdict.SILENT;
        }
        bucket.noticed = true;
        return Verdict.NOTICE;
    }

    private static final class Bucket {
        private double tokens;
        private Instant refilled;
        private boolean noticed;

        Bucket(int tokens, Instant now) {
            this.tokens = tokens;
            this.refilled = now;
        }

        void refill(Instant now, int burst, Duration every) {
            double earned = (double) Duration.between(refilled, now).toNanos() / every.toNanos();
            if (earned > 0) {
                tokens = Math.min(burst, tokens + earned);
                refilled = now;
            }
        }
    }
}
