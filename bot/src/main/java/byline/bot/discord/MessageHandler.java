package byline.bot.discord;

import byline.answer.Question;
import byline.bot.chat.ChatReplies;
import byline.bot.chat.Intent;
import byline.bot.chat.Intents;
import byline.bot.chat.Turn;
import byline.corpus.Article;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Questions asked in messages: an {@code @Byline} mention in a channel or thread, any DM, or a reply to one of
 * Byline's answers. A reply or a thread follow-up is asked with the earlier question as context.
 */
final class MessageHandler {
    private final QuestionDispatcher dispatcher;
    private final RateLimiter limiter;
    private final ConversationMemory memory;
    private final DiscordRenderer renderer;
    private final Supplier<List<Article>> articles;
    private final RestRetry retry;
    private final Intents intents = new Intents();

    /**
     * @param articles the articles answered from, read when someone asks for the sources
     * @param retry    how answers are delivered through Discord's server errors
     */
    MessageHandler(QuestionDispatcher dispatcher, RateLimiter limiter, ConversationMemory memory,
                   DiscordRenderer renderer, Supplier<List<Article>> articles, RestRetry retry) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** Handles a message from a human; bots are filtered out before. */
    void handle(Message message, User self) {
        if (message.getType() != MessageType.DEFAULT && message.getType() != MessageType.INLINE_REPLY) {
            return;
        }
        Optional<Turn> repliedTo = repliedToAnswer(message);
        boolean addressed = !message.isFromGuild() || repliedTo.isPresent()
                || message.getMentions().isMentioned(self, Message.MentionType.USER);
        if (!addressed) {
            return;
        }
        if (!allowed(message)) {
            return; // counted before the usage hint, so bare mentions cannot flood either
        }
        String text = withoutMention(message.getContentRaw(), self.getIdLong());
        if (text.isEmpty()) {
            notice(message, DiscordRenderer.USAGE);
            return;
        }
        Intent intent = intents.of(text);
        if (intent != Intent.QUESTION) {
            smallTalk(message, intent);
            return;
        }
        OptionalLong thread = inThread(message);
        Supplier<Question> question = () -> repliedToAnswer(message).or(() -> earlierInThread(thread))
                .map(turn -> turn.followUp(text)).orElseGet(() -> new Question(text));
        if (!dispatcher.submit("message " + message.getId(), question, thread, Reply.to(message, retry))) {
            notice(message, DiscordRenderer.BUSY);
        }
    }

    /** Small talk, command words and other languages are answered here, not by the answering core. */
    private void smallTalk(Message message, Intent intent) {
        if (intent == Intent.SOURCES) {
            if (!dispatcher.submitMessages("message " + message.getId(), renderer.sources(articles.get()),
                    Reply.to(message, retry))) {
                notice(message, DiscordRenderer.BUSY);
            }
            return;
        }
        notice(message, intent == Intent.HELP ? DiscordRenderer.HELP : ChatReplies.to(intent).orElseThrow());
    }

    /** The question text: Byline's own mention removed, everything else kept as typed. */
    static String withoutMention(String content, long selfId) {
        Pattern mention = Pattern.compile("<@!?" + selfId + ">");
        return mention.matcher(content).replaceAll(" ").replaceAll("[ \\t]+", " ").strip();
    }

    private boolean allowed(Message message) {
        return switch (limiter.check(message.getAuthor().getIdLong())) {
            case ALLOW -> true;
            case NOTICE -> {
                notice(message, DiscordRenderer.SLOW_DOWN);
                yield false;
            }
            case SILENT -> false;
        };
    }

    private Optional<Turn> repliedToAnswer(Message message) {
        MessageReference ref = message.getMessageReference();
        return ref == null ? Optional.empty() : memory.answeredBy(ref.getMessageIdLong());
    }

    private Optional<Turn> earlierInThread(OptionalLong thread) {
        return thread.isPresent() ? memory.lastInThread(thread.getAsLong()) : Optional.empty();
    }

    private static OptionalLong inThread(Message message) {
        return message.getChannelType().isThread() ? OptionalLong.of(message.getChannel().getIdLong())
                : OptionalLong.empty();
    }

    private void notice(Message message, String text) {
        message.reply(renderer.notice(text)).queue(null, DiscordAdapter.logFailure("notice"));
    }
}
