package byline.bot.slack;

import byline.Library;
import byline.answer.Answer;
import byline.answer.Question;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
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
    private final AnswerWorkers workers;

    SlashCommandHandler(Library library, BlockKitRenderer renderer, SharedAnswers shared, AnswerWorkers workers) {
        this.library = Objects.requireNonNull(library, "library");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.shared = Objects.requireNonNull(shared, "shared");
        this.workers = Objects.requireNonNull(workers, "workers");
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
                if (!workers.trySubmit(() -> answer(ctx, payload, text))) {
                    log.warn("{} {}: all answer workers busy", COMMAND, payload.getTriggerId());
                    return ctx.ack(ephemeral(renderer.notice(Replies.BUSY)));
                }
                return ctx.ack(ephemeral(renderer.notice(":mag: Looking that up in the articles…")));
            }
        }
    }

    private void answer(SlashCommandContext ctx, SlashCommandPayload payload, String question) {
        try {
            Answer answer = library.answerer().answer(new Question(question));
            List<SlackMessage> messages = renderer.answer(answer);
            // An abstention is not worth posting to a channel: no button then.
            String key = answer.abstained() ? null
                    : shared.store(new SharedAnswers.Shared(payload.getUserId(), question, messages));
            for (int i = 0; i < messages.size(); i++) {
                boolean last = i == messages.size() - 1;
                SlackMessage message = last && key != null ? renderer.withShareButton(messages.get(i), key)
                        : messages.get(i);
                respond(ctx, message);
            }
            log.info("{} {}: answered ({} citations)", COMMAND, payload.getTriggerId(), answer.citations().size());
        } catch (RuntimeException | IOException e) {
            log.error("{} {}: answering in {} failed", COMMAND, payload.getTriggerId(), payload.getChannelId(), e);
            apologise(ctx, payload);
        }
    }

    private void apologise(SlashCommandContext ctx, SlashCommandPayload payload) {
        try {
            respond(ctx, renderer.notice(Replies.APOLOGY));
        } catch (RuntimeException | IOException e) {
            log.error("{} {}: could not tell the user either", COMMAND, payload.getTriggerId(), e);
        }
    }

    private static void respond(SlashCommandContext ctx, SlackMessage message) throws IOException {
        ResponseUrls.requireAccepted(ctx.respond(ephemeral(message)), COMMAND + " answer");
    }

    private static SlashCommandResponse ephemeral(SlackMessage message) {
        return SlashCommandResponse.builder().responseType(EPHEMERAL).text(message.text())
                .blocks(message.blocks()).build();
    }
}
