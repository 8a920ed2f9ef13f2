package byline.bot.slack;

import java.time.Duration;
import java.util.Objects;

/**
 * Runs one delivery to Slack with {@link RetryPolicy}: retries what {@link SlackReplyException.Outcome#RETRY}
 * allows, never what may already have landed. When it gives up, the exception says after how many attempts.
 */
final class WebApiRetry {
    /** One attempt; throws {@link SlackReplyException} to say how it failed. */
    @FunctionalInterface
    interface Call {
        void attempt();
    }

    private final RetryPolicy policy;

    WebApiRetry(RetryPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    void run(String what, Call call) {
        for (int attempt = 1; ; attempt++) {
            try {
                call.attempt();
                return;
            } catch (SlackReplyException e) {
                Duration wait = waitBeforeRetry(e, attempt);
                if (wait == null) {
                    throw attempt == 1 ? e : new SlackReplyException(what + ": gave up after " + attempt
                            + " attempts: " + e.getMessage(), e.outcome(), null, e);
                }
                pause(what, wait);
            }
        }
    }

    /** The wait before the next attempt, or null when there is to be none. */
    private Duration waitBeforeRetry(SlackReplyException e, int attempt) {
        if (e.outcome() != SlackReplyException.Outcome.RETRY || attempt >= policy.maxAttempts()) {
            return null;
        }
        Duration asked = e.retryAfter().orElse(null);
        if (asked == null) {
            return policy.backoff(attempt);
        }
        return asked.compareTo(policy.longestRetryAfter()) > 0 ? null : asked;
    }

    private static void pause(String what, Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackReplyException(what + ": interrupted while waiting to retry",
                    SlackReplyException.Outcome.REFUSED, null, e);
        }
    }
}
