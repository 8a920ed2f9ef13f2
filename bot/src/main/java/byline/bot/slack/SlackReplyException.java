package byline.bot.slack;

import java.time.Duration;
import java.util.Optional;

/**
 * Slack refused or could not take a reply; the message says which call and why, never a token. The outcome
 * tells {@link WebApiRetry} whether trying again is safe and useful.
 */
final class SlackReplyException extends RuntimeException {

    /** What a failed call means for the message. */
    enum Outcome {
        /** Not delivered, and worth trying again (429, 5xx, Slack's transient errors, no connection). */
        RETRY,
        /** May have been delivered (timeout after sending): trying again or apologising could say it twice. */
        MAYBE_DELIVERED,
        /** Refused for good (bad channel, bad payload, revoked token). */
        REFUSED
    }

    private final Outcome outcome;
    private final Duration retryAfter;

    SlackReplyException(String message, Outcome outcome, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
        this.retryAfter = retryAfter;
    }

    SlackReplyException(String message, Outcome outcome) {
        this(message, outcome, null, null);
    }

    Outcome outcome() {
        return outcome;
    }

    /** Slack's {@code Retry-After}, when it gave one. */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
