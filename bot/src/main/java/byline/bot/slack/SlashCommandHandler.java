package byline.bot.slack;

import byline.Library;
import byline.answer.Answer;
import byline.answer.Question;
import byline.bot.chat.Intent;
import byline.bot.chat.Intents;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code /byline question}, {@code /byline sources}, {@code /byline help}. Questions are acknowledged at once
 * and answered through {@code response_url}, visible only to the asker, with a button to post to the channel.
 */
final class SlashCommandHandler {
    static final String COMMAND = "/byline";
    private static final Logger log = LoggerFactory.getLogger(SlashCommandHandler.class);
    private static final String EPHEMERAL = "ephemeral";

    private final Library library;
    private final BlockKitRenderer renderer;
    private final SharedAnswers shared;
    private final Dispatch dispatch;
    private final ResponseUrls responses;
    private final Intents intents = new Intents();

    SlashCommandHandler(Library library, BlockKitRenderer renderer, SharedAnswers shared, Dispatch dispatch,
                        ResponseUrls responses) {
        this.library = Objects.requireNonNull(library, "library");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.shared = Objects.requireNonNull(shared, "shared");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        this.responses = Objects.requireNonNull(responses, "responses");
    }

    void register(App app) {
        app.command(COMMAND, this::handle);
    }

    private Response handle(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        String text = payload.getText() == null ? "" : payload.getText().strip();
        switch (text.toLowerCase(Locale.ROOT)) {
            case "", "help" -> {
                return ctx.ack(ephemeral(renderer.notice(Replies.HELP)));
            }
            case "sources" -> {
                return ctx.ack(ephemeral(renderer.notice(Replies.sources(library.corpus().articles()))));
            }
            default -> {
                Intent intent = intents.of(text);
                if (intent != Intent.QUESTION) {
                    return ctx.ack(ephemeral(renderer.notice(Replies.to(intent, library.corpus()::articles))));
                }
                dispatch.afterAck(COMMAND + " " + payload.getTriggerId(), text.length(),
                        () -> answer(ctx, payload, text), () -> tell(ctx, payload, Replies.BUSY));
                return ctx.ack(ephemeral(renderer.notice(":mag: Looking that up in the articles…")));
            }
        }
    }

    private void answer(SlashCommandContext ctx, SlashCommandPayload payload, String question) {
        Answer answer;
        List<SlackMessage> messages;
        try {
            answer = library.answerer().answer(new Question(question));
            messages = renderer.answer(answer);
        } catch (RuntimeException e) {
            log.error("{} {}: answering in {} failed", COMMAND, payload.getTriggerId(), payload.getChannelId(), e);
            tell(ctx, payload, Replies.APOLOGY);
            return;
        }
        // An abstention is not worth posting to a channel: no button then.
        String key = answer.abstained() ? null
                : shared.store(new SharedAnswers.Shared(payload.getUserId(), question, messages));
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            SlackMessage message = last && key != null ? renderer.withShareButton(messages.get(i), key)
                    : messages.get(i);
            if (!respond(ctx, payload, message)) {
                return;
            }
        }
        log.info("{} {}: answered ({} citations)", COMMAND, payload.getTriggerId(), answer.citations().size());
    }

    private void tell(SlashCommandContext ctx, SlashCommandPayload payload, String mrkdwn) {
        respond(ctx, payload, renderer.notice(mrkdwn));
    }

    /** Delivers with retries; a failure is logged once and ends the reply (no apology after a maybe). */
    private boolean respond(SlashCommandContext ctx, SlashCommandPayload payload, SlackMessage message) {
        try {
            responses.send(COMMAND + " answer", () -> ctx.respond(ephemeral(message)));
            return true;
        } catch (SlackReplyException e) {
            log.warn("{} {}: answer not delivered ({}): {}", COMMAND, payload.getTriggerId(), e.outcome(),
                    e.getMessage());
            return false;
        }
    }

    private static SlashCommandResponse ephemeral(SlackMessage message) {
        return SlashCommandResponse.builder().responseType(EPHEMERAL).text(message.text())
                .blocks(message.blocks()).build();
    }
}
