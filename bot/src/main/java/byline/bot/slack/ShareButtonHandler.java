package byline.bot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The "Post to channel" button under a slash-command answer: posts the very answer the asker saw, publicly,
 * with who asked what, then removes the private copy.
 */
final class ShareButtonHandler {
    private static final Logger log = LoggerFactory.getLogger(ShareButtonHandler.class);

    private final BlockKitRenderer renderer;
    private final SharedAnswers shared;
    private final Dispatch dispatch;
    private final ResponseUrls responses;

    ShareButtonHandler(BlockKitRenderer renderer, SharedAnswers shared, Dispatch dispatch, ResponseUrls responses) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.shared = Objects.requireNonNull(shared, "shared");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        this.responses = Objects.requireNonNull(responses, "responses");
    }

    void register(App app) {
        app.blockAction(BlockKitRenderer.SHARE_ACTION, this::handle);
    }

    private Response handle(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        String key = payload.getActions().isEmpty() ? "" : payload.getActions().get(0).getValue();
        dispatch.afterAck("share " + payload.getTriggerId(), key.length(),
                () -> share(ctx, payload.getTriggerId(), key), () -> tell(ctx, payload.getTriggerId(), Replies.BUSY));
        return ctx.ack();
    }

    private void share(ActionContext ctx, String triggerId, String key) {
        Optional<SharedAnswers.Shared> answer = shared.take(key);
        if (answer.isEmpty()) {
            tell(ctx, triggerId, Replies.EXPIRED);
            return;
        }
        try {
            List<SlackMessage> messages = answer.get().messages();
            for (int i = 0; i < messages.size(); i++) {
                SlackMessage message = i > 0 ? messages.get(i)
                        : renderer.withAsker(messages.get(i), answer.get().askerId(), answer.get().question());
                send(ctx, ActionResponse.builder().responseType("in_channel").replaceOriginal(false)
                        .text(message.text()).blocks(message.blocks()).build());
            }
            send(ctx, ActionResponse.builder().deleteOriginal(true).build());
            log.info("share {}: answer posted to the channel", triggerId);
        } catch (SlackReplyException e) {
            log.warn("share {}: not posted to the channel ({}): {}", triggerId, e.outcome(), e.getMessage());
        }
    }

    /** A private note to whoever clicked; a failure is logged, since there is no one else left to tell. */
    private void tell(ActionContext ctx, String triggerId, String mrkdwn) {
        try {
            SlackMessage note = renderer.notice(mrkdwn);
            send(ctx, ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
                    .text(note.text()).blocks(note.blocks()).build());
        } catch (SlackReplyException e) {
            log.warn("share {}: could not tell the user ({}): {}", triggerId, e.outcome(), e.getMessage());
        }
    }

    private void send(ActionContext ctx, ActionResponse response) {
        responses.send("share", () -> ctx.respond(response));
    }
}
