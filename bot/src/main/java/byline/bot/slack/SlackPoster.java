package byline.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;

import java.io.IOException;
import java.util.Objects;

/** Posts Byline's messages with {@code chat.postMessage}, and turns Slack's refusals into exceptions. */
final class SlackPoster {
    private final MethodsClient client;

    SlackPoster(MethodsClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Posts to the channel, in the thread when {@code threadTs} is not null. */
    void post(String channel, String threadTs, SlackMessage message) {
        ChatPostMessageResponse response;
        try {
            // Links in the sources would otherwise unfurl into large previews under every answer.
            response = client.chatPostMessage(r -> r.channel(channel).threadTs(threadTs).text(message.text())
                    .blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false));
        } catch (IOException | SlackApiException e) {
            throw new SlackReplyException("chat.postMessage to " + channel + " failed: " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            throw new SlackReplyException("chat.postMessage to " + channel + " refused: " + response.getError());
        }
    }
}
