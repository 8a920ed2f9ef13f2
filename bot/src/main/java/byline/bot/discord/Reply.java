package byline.bot.discord;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where one question's answer goes. {@link #send} blocks until Discord has every message, so that a long answer
 * arrives in order; it runs on a worker thread, never on JDA's event thread. Each call is retried with
 * {@link RestRetry} after a server error.
 */
@FunctionalInterface
interface Reply {

    /** Sends the messages in order and returns the ids of the messages Discord created. */
    List<Long> send(List<MessageCreateData> messages);

    /**
     * The first message replies to {@code asked}; the rest follow in the same channel. Each part carries a nonce
     * made of the question's id and the part's number, which Discord enforces: a retried part is created once.
     */
    static Reply to(Message asked, RestRetry retry) {
        return messages -> {
            List<Long> ids = new ArrayList<>();
            for (MessageCreateData data : messages) {
                String nonce = asked.getId() + "-" + ids.size();
                Message sent = retry.complete("reply to message " + asked.getId(), () -> ids.isEmpty()
                        ? asked.reply(data).setNonce(nonce)
                        : asked.getChannel().sendMessage(data).setNonce(nonce));
                ids.add(sent.getIdLong());
            }
            return ids;
        };
    }

    /**
     * The first message replaces the deferred "thinking…" response; the rest are follow-ups.
     * {@code deferred} completes once Discord has acknowledged the deferral.
     */
    static Reply toInteraction(CompletableFuture<InteractionHook> deferred, RestRetry retry) {
        return messages -> {
            InteractionHook hook = acknowledged(deferred);
            List<Long> ids = new ArrayList<>();
            for (MessageCreateData data : messages) {
                Message sent = retry.complete("answer to an interaction", () -> ids.isEmpty()
                        ? hook.editOriginal(asEdit(data))
                        : hook.sendMessage(data));
                ids.add(sent.getIdLong());
            }
            return ids;
        };
    }

    /**
     * The same message as an edit. {@link MessageEditData#fromCreateData} drops the message flags, so the
     * SUPPRESS_EMBEDS flag is carried over by hand.
     */
    static MessageEditData asEdit(MessageCreateData data) {
        return new MessageEditBuilder().applyCreateData(data).setSuppressEmbeds(data.isSuppressEmbeds()).build();
    }

    private static InteractionHook acknowledged(CompletableFuture<InteractionHook> deferred) {
        try {
            // An interaction token lives 15 minutes; the deferral itself is answered within seconds.
            return deferred.get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Discord to acknowledge the interaction", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Discord did not acknowledge the deferred interaction", e);
        }
    }
}
