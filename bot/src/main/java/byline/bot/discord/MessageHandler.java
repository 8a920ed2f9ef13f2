package byline.bot.discord;

import byline.answer.Question;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;

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

    MessageHandler(QuestionDispatcher dispatcher, RateLimiter limiter, ConversationMemory memory,
                   DiscordRenderer renderer) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** Handles a message from a human; bots are filtered out before. */
    void handle(Message message, User self) {
        if (message.getType() != MessageType.DEFAULT && message.getType() != MessageType.INLINE_REPLY) {
            return;
        }
        Optional<String> repliedTo = repliedToAnswer(message);
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
        OptionalLong thread = inThread(message);
        Supplier<Question> question = () -> new Question(text,
                repliedToAnswer(message).or(() -> earlierInThread(thread)).orElse(""));
        if (!dispatcher.submit("message " + message.getId(), question, thread, Reply.to(message))) {
            notice(message, DiscordRenderer.BUSY);
        }
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

    private Optional<String> repliedToAnswer(Message message) {
        MessageReference ref = message.getMessageReference();
        return ref == null ? Optional.empty() : memory.answeredBy(ref.getMessageIdLong());
    }

    private Optional<String> earlierInThread(OptionalLong thread) {
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
