package byline.bot.slack;

import java.time.Duration;

/**
 * How Byline retries a Web API call that failed in a way worth retrying: {@code maxAttempts} in all, waiting
 * Slack's {@code Retry-After} when given (up to {@code longestRetryAfter}, beyond which it gives up) or else an
 * exponential backoff from {@code firstBackoff} up to {@code maxBackoff}.
 *
 * @param maxAttempts       attempts in all, at least 1
 * @param firstBackoff      wait after the first failure without Retry-After
 * @param maxBackoff        longest wait between attempts without Retry-After
 * @param longestRetryAfter longest Retry-After honoured; a longer one ends the attempts
 */
record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration longestRetryAfter) {

    RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed, got " + maxAttempts);
        }
    }

    /** Four attempts over about 7 seconds, or up to a minute when Slack asks for it. */
    static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(60));
    }

    /** The wait after failed attempt {@code attempt} (1-based). */
    Duration backoff(int attempt) {
        Duration wait = firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
