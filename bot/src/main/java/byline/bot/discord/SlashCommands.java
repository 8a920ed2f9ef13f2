package byline.bot.discord;

import byline.answer.Question;
import byline.bot.chat.ChatReplies;
import byline.bot.chat.Intent;
import byline.bot.chat.Intents;
import byline.bot.chat.Turn;
import byline.corpus.Corpus;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** {@code /ask question:<text>} and {@code /sources}: their definitions and what they do. */
final class SlashCommands {
    static final String ASK = "ask";
    static final String QUESTION = "question";
    static final String SOURCES = "sources";

    private final QuestionDispatcher dispatcher;
    private final RateLimiter limiter;
    private final ConversationMemory memory;
    private final DiscordRenderer renderer;
    private final Supplier<Corpus> corpus; // the current articles: the folder may change while Byline runs
    private final RestRetry retry;
    private final Intents intents = new Intents();

    SlashCommands(QuestionDispatcher dispatcher, RateLimiter limiter, ConversationMemory memory,
                  DiscordRenderer renderer, Supplier<Corpus> corpus, RestRetry retry) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** The commands Byline registers; usable in servers and in DMs with the bot. */
    static List<CommandData> definitions() {
        OptionData question = new OptionData(OptionType.STRING, QUESTION, "What you want to know", true)
                .setMaxLength(1000);
        return List.of(
                Commands.slash(ASK, "Ask Byline a question about the news articles it has read")
                        .addOptions(question)
                        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM),
                Commands.slash(SOURCES, "List the articles Byline answers from")
                        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
    }

    void handle(SlashCommandInteractionEvent event) {
        switch (event.getName()) {
            case ASK -> ask(event);
            case SOURCES -> sources(event);
            default -> event.reply(renderer.notice("I don't know /" + event.getName() + "; try /ask."))
                    .setEphemeral(true).queue(null, DiscordAdapter.logFailure("unknown command reply"));
        }
    }

    private void ask(SlashCommandInteractionEvent event) {
        String text = event.getOption(QUESTION, "", OptionMapping::getAsString).strip();
        if (text.isEmpty()) {
            ephemeral(event, DiscordRenderer.USAGE);
            return;
        }
        Intent intent = intents.of(text);
        if (intent == Intent.SOURCES) {
            sources(event);
            return;
        }
        if (intent != Intent.QUESTION) {
            ephemeral(event, intent == Intent.HELP ? DiscordRenderer.HELP : ChatReplies.to(intent).orElseThrow());
            return;
        }
        // Interactions must always be answered, so a rate-limited one gets a notice only its author sees.
        if (limiter.check(event.getUser().getIdLong()) != RateLimiter.Verdict.ALLOW) {
            ephemeral(event, DiscordRenderer.SLOW_DOWN);
            return;
        }
        OptionalLong thread = event.getChannelType().isThread() ? OptionalLong.of(event.getChannelIdLong())
                : OptionalLong.empty();
        Supplier<Question> question = () -> (thread.isPresent() ? memory.lastInThread(thread.getAsLong())
                : Optional.<Turn>empty()).map(turn -> turn.followUp(text)).orElseGet(() -> new Question(text));
        // Defer at once: Discord allows 3 seconds for the first response, answering may take longer.
        CompletableFuture<InteractionHook> deferred = event.deferReply().submit();
        Reply inChannel = Reply.toChannel(event.getMessageChannel(), event.getUser().getIdLong(), event.getId(), retry);
        if (!dispatcher.submit("/ask " + event.getId(), question, thread,
                Reply.toInteraction(deferred, retry, inChannel))) {
            busy(deferred);
        }
    }

    private void sources(SlashCommandInteractionEvent event) {
        // Only the asker sees the listing: it is long and says nothing new to the channel.
        CompletableFuture<InteractionHook> deferred = event.deferReply(true).submit()
                .thenApply(hook -> hook.setEphemeral(true));
        if (!dispatcher.submitMessages("/sources " + event.getId(), renderer.sources(corpus.get().articles()),
                Reply.toInteraction(deferred, retry))) {
            busy(deferred);
        }
    }

    /** Tells the user the pool is full, without blocking the event thread on the deferral. */
    private void busy(CompletableFuture<InteractionHook> deferred) {
        MessageEditData notice = Reply.asEdit(renderer.notice(DiscordRenderer.BUSY));
        deferred.thenAccept(hook -> hook.editOriginal(notice).queue(null, DiscordAdapter.logFailure("busy notice")));
    }

    private void ephemeral(SlashCommandInteractionEvent event, String text) {
        event.reply(renderer.notice(text)).setEphemeral(true).queue(null, DiscordAdapter.logFailure("notice"));
    }
}
