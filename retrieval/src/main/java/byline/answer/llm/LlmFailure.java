package byline.answer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

/** The model gave no usable reply; {@link #reason()} says why in words fit for a log line (never a key). */
final class LlmFailure extends RuntimeException {

    LlmFailure(String reason) {
        super(reason);
    }

    String reason() {
        return getMessage();
    }

    /** A cause from the client, told without its message (which may echo the request or the reply). */
    static String describe(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof RateLimitException) {
                return "rate limited (HTTP 429)";
            }
            if (t instanceof HttpException http) {
                return http.statusCode() == 429 ? "rate limited (HTTP 429)" : "HTTP " + http.statusCode();
            }
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException) {
                return "timeout";
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return "server unreachable (" + t.getClass().getSimpleName() + ")";
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getClass().getName().toLowerCase(Locale.ROOT).contains("json")) {
                return "malformed reply (" + t.getClass().getSimpleName() + ")";
            }
        }
        return "call failed (" + (cause == null ? "unknown error" : cause.getClass().getSimpleName()) + ")";
    }

    /** The first words of a reason, for the {@code answerer} field: "timeout", "HTTP 500", "rate limited". */
    static String shortReason(String reason) {
        if (reason.startsWith("timeout")) {
            return "timeout";
        }
        if (reason.startsWith("rate limited")) {
            return "rate limited";
        }
        if (reason.startsWith("HTTP ")) {
            return reason;
        }
        for (String kind : new String[] {"uncited reply", "malformed reply", "server unreachable"}) {
            if (reason.startsWith(kind)) {
                return kind;
            }
        }
        return "error";
    }
}
