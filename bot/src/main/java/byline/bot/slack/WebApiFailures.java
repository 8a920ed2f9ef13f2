package byline.bot.slack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;

import static byline.bot.slack.SlackReplyException.Outcome.MAYBE_DELIVERED;
import static byline.bot.slack.SlackReplyException.Outcome.REFUSED;
import static byline.bot.slack.SlackReplyException.Outcome.RETRY;

/** Classifies what went wrong with a call to Slack: worth a retry, maybe delivered, or refused for good. */
final class WebApiFailures {
    /* Slack's errors that mean "not done, try later" (its own SDKs retry these). */
    private static final Set<String> TRANSIENT_ERRORS = Set.of("ratelimited", "rate_limited", "internal_error",
            "service_unavailable", "request_timeout");
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

    private WebApiFailures() {
    }

    /** An HTTP status other than 2xx; {@code retryAfter} is the header's value, or null. */
    static SlackReplyException ofStatus(String what, int status, String retryAfter) {
        String message = what + ": HTTP " + status;
        if (status == 429) {
            return new SlackReplyException(message, RETRY, seconds(retryAfter), null);
        }
        return new SlackReplyException(message, status >= 500 ? RETRY : REFUSED);
    }

    /** {@code ok: false} with Slack's error code. */
    static SlackReplyException ofError(String what, String error) {
        return new SlackReplyException(what + ": refused (" + error + ")",
                TRANSIENT_ERRORS.contains(error) ? RETRY : REFUSED);
    }

    /**
     * No answer from Slack. Without a connection nothing was sent and a retry is safe; any other failure (a
     * timeout above all) may come after Slack took the message.
     */
    static SlackReplyException ofIo(String what, IOException e) {
        boolean notSent = e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
        return new SlackReplyException(what + ": " + e.getClass().getSimpleName() + " " + e.getMessage(),
                notSent ? RETRY : MAYBE_DELIVERED, null, e);
    }

    private static Duration seconds(String retryAfter) {
        if (retryAfter == null || !retryAfter.strip().matches("\\d{1,6}")) {
            return null;
        }
        Duration wait = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
        return wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait;
    }
}
