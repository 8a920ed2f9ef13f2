package byline.bot.discord;

import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a Discord REST call that delivers an answer, trying again after a server error or a lost connection.
 * JDA already waits out 429s (Retry-After) and retries 502, 503, 504 and Cloudflare's 52x itself; a 500 or a
 * network failure it reports at once, and the answer would be lost. Retrying is safe for what Byline sends: a
 * channel message carries a fixed nonce that Discord enforces (a second create returns the first message) and
 * an interaction edit replaces the same message. An interaction follow-up carries no nonce: it goes through
 * {@link #completeAtMostOnce}, which retries only failures that prove Discord never took the request (and
 * {@link FollowUpGuard} keeps JDA from resending one itself).
 */
final class RestRetry {
    private static final Logger log = LoggerFactory.getLogger(RestRetry.class);

    private final int maxAttempts;
    private final Duration firstBackoff;

    /**
     * @param maxAttempts  attempts in all, at least 1
     * @param firstBackoff wait after the first failure, doubled after each further one
     */
    RestRetry(int maxAttempts, Duration firstBackoff) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed, got " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.firstBackoff = Objects.requireNonNull(firstBackoff, "firstBackoff");
    }

    /** Three attempts over about 3 seconds, well inside the shutdown grace. */
    static RestRetry standard() {
        return new RestRetry(3, Duration.ofSeconds(1));
    }

    /**
     * Completes the action {@code call} makes, making a fresh one for each attempt. Throws what the last attempt
     * threw, with the number of attempts in the message when there were several.
     */
    <T> T complete(String what, Supplier<? extends RestAction<T>> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get().complete();
            } catch (ErrorResponseException e) {
                if (!worthRetrying(e) || attempt >= maxAttempts) {
                    throw attempt == 1 ? e : new IllegalStateException(what + ": gave up after " + attempt
                            + " attempts: " + e.getMessage(), e);
                }
                if (!pause(firstBackoff.multipliedBy(1L << (attempt - 1)))) {
                    throw e; // stopping for good: the caller logs it
                }
            }
        }
    }

    /**
     * As {@link #complete}, for a request that creates something each time it lands (an interaction follow-up).
     * It is tried again only after a failure that proves it never reached Discord: a 429 or no connection at all.
     * After any other server error or I/O failure Discord may have created it before the answer was lost, so it
     * is given up with one log line and empty is returned: a part missing is better than a part shown twice.
     * A refusal (4xx) is thrown, as {@link #complete} does.
     */
    <T> Optional<T> completeAtMostOnce(String what, Supplier<? extends RestAction<T>> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.of(call.get().complete());
            } catch (ErrorResponseException e) {
                if (neverArrived(e)) {
                    if (attempt >= maxAttempts) {
                        throw new IllegalStateException(what + ": gave up after " + attempt + " attempts: "
                                + e.getMessage(), e);
                    }
                    if (!pause(firstBackoff.multipliedBy(1L << (attempt - 1)))) {
                        throw e;
                    }
                } else if (worthRetrying(e)) {
                    log.warn("{}: not sent again after {}: Discord may have created it already", what,
                            e.getMessage());
                    return Optional.empty();
                } else {
                    throw e;
                }
            }
        }
    }

    /** Rate limited (refused before it was looked at), or the connection was never made. */
    static boolean neverArrived(ErrorResponseException e) {
        if (e.getErrorCode() == -1) {
            Throwable cause = e.getCause();
            return cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException;
        }
        return e.getResponse() != null && e.getResponse().code == 429;
    }

    /** A server error (5xx), or no answer at all (JDA reports it as error code -1 with the I/O failure). */
    static boolean worthRetrying(ErrorResponseException e) {
        if (e.getErrorCode() == -1 && e.getCause() instanceof IOException) {
            return true;
        }
        return e.getResponse() != null && e.getResponse().code >= 500;
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
