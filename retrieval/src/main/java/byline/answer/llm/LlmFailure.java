package byline.answer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;

import java.net.http.HttpTimeoutException;

/** The model gave no usable reply; {@link #reason()} says why in words fit for a log line (never a key). */
final class LlmFailure extends RuntimeException {

    LlmFailure(String reason) {
        super(reason);
    }

    String reason() {
        return getMessage();
    }

    /** A cause from the client, told without its body (which may echo the request). */
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
        }
        String type = cause == null ? "unknown error" : cause.getClass().getSimpleName();
        return "malformed reply or call failed (" + type + ")";
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
        return reason.startsWith("uncited") ? "uncited reply" : reason.startsWith("malformed") ? "malformed reply"
                : "error";
    }
}
