package byline.bot.slack;

import com.slack.api.webhook.WebhookResponse;

import java.io.IOException;
import java.util.Objects;

/** Posts to a request's {@code response_url}, retrying what is safe to retry. */
final class ResponseUrls {
    /** One post to the response URL. */
    @FunctionalInterface
    interface Post {
        WebhookResponse send() throws IOException;
    }

    private final WebApiRetry retry;

    ResponseUrls(WebApiRetry retry) {
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** Sends, retrying; throws {@link SlackReplyException} when Slack did not take it. */
    void send(String what, Post post) {
        retry.run(what, () -> attempt(what, post));
    }

    private static void attempt(String what, Post post) {
        WebhookResponse response;
        try {
            response = post.send();
        } catch (IOException e) {
            throw WebApiFailures.ofIo(what + " via response_url", e);
        }
        Integer code = response == null ? null : response.getCode();
        if (code == null) {
            throw new SlackReplyException(what + " via response_url: no response",
                    SlackReplyException.Outcome.MAYBE_DELIVERED);
        }
        if (code < 200 || code >= 300) {
            throw WebApiFailures.ofStatus(what + " via response_url", code, null);
        }
    }
}
