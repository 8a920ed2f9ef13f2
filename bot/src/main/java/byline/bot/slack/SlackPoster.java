package byline.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;

import java.io.IOException;
import java.util.Objects;

/**
 * Posts Byline's messages with {@code chat.postMessage}, retrying what is safe to retry ({@link WebApiRetry}),
 * and turns Slack's refusals into {@link SlackReplyException}s that say whether the message may have landed.
 */
final class SlackPoster {
    private final MethodsClient client;
    private final WebApiRetry retry;

    SlackPoster(MethodsClient client, WebApiRetry retry) {
        this.client = Objects.requireNonNull(client, "client");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** Posts to the channel, in the thread when {@code threadTs} is not null. */
    void post(String channel, String threadTs, SlackMessage message) {
        String what = "chat.postMessage to " + channel;
        retry.run(what, () -> attempt(what, channel, threadTs, message));
    }

    private void attempt(String what, String channel, String threadTs, SlackMessage message) {
        ChatPostMessageResponse response;
        try {
            // Links in the sources would otherwise unfurl into large previews under every answer.
            response = client.chatPostMessage(r -> r.channel(channel).threadTs(threadTs).text(message.text())
                    .blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false));
        } catch (SlackApiException e) {
            throw WebApiFailures.ofStatus(what, e.getResponse().code(), e.getResponse().header("Retry-After"));
        } catch (IOException e) {
            throw WebApiFailures.ofIo(what, e);
        }
        if (!response.isOk()) {
            throw WebApiFailures.ofError(what, response.getError());
        }
    }
}
