package byline.bot.discord;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * Where one question's answer goes. {@link #send} blocks until Discord has every message, so that a long answer
 * arrives in order; it runs on a worker thread, never on JDA's event thread. Each call is retried with
 * {@link RestRetry} after a server error, except where a retry could show a message twice.
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
        return messages -> createInParts(messages, asked.getId(), "reply to message " + asked.getId(), retry,
                (part, data) -> part == 0 ? asked.reply(data) : asked.getChannel().sendMessage(data));
    }

    /**
     * The answer replaces the deferred "thinking…" response, in one edit whenever it fits in one message (see
     * {@link OneMessage}): an edit is idempotent, so retrying it after a server error can never show the answer
     * twice, and the asker gets the whole answer at once, as one message to reply to. Only an answer too long for
     * one message (some 8,000 characters) takes follow-ups for the rest; a follow-up carries no nonce, so it is
     * retried only when Discord cannot have taken it ({@link RestRetry#completeAtMostOnce}), and a part given up
     * is logged and skipped while the later parts still go. {@code deferred} completes once Discord has
     * acknowledged the deferral.
     */
    static Reply toInteraction(CompletableFuture<InteractionHook> deferred, RestRetry retry) {
        return toInteraction(deferred, retry, null);
    }

    /**
     * As {@link #toInteraction(CompletableFuture, RestRetry)}, but when Discord never acknowledged the deferral
     * (a server error JDA cannot retry: it lets an interaction be acknowledged once) the answer goes to
     * {@code fallback} instead of being lost.
     */
    static Reply toInteraction(CompletableFuture<InteractionHook> deferred, RestRetry retry, Reply fallback) {
        return messages -> {
            if (fallback != null && failed(deferred)) {
                return fallback.send(messages);
            }
            if (messages.isEmpty()) {
                return List.of();
            }
            InteractionHook hook = acknowledged(deferred);
            String what = "answer to an interaction";
            Optional<MessageEditData> whole = OneMessage.of(messages);
            if (whole.isPresent()) {
                return List.of(retry.complete(what, () -> hook.editOriginal(whole.get())).getIdLong());
            }
            List<Long> ids = new ArrayList<>();
            ids.add(retry.complete(what, () -> hook.editOriginal(asEdit(messages.get(0)))).getIdLong());
            for (int part = 1; part < messages.size(); part++) {
                MessageCreateData data = messages.get(part);
                retry.completeAtMostOnce(what + ", part " + (part + 1) + " of " + messages.size(),
                        () -> hook.sendMessage(data)).ifPresent(sent -> ids.add(sent.getIdLong()));
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

    /**
     * The answer posted in the interaction's channel, the first part mentioning the asker (and only the asker)
     * and every part with a fixed nonce, so a retried part is created once.
     */
    static Reply toChannel(MessageChannel channel, long askerId, String interactionId, RestRetry retry) {
        return messages -> createInParts(messages, interactionId, "answer to an interaction, in its channel", retry,
                (part, data) -> channel.sendMessage(part == 0 ? mentioning(data, askerId) : data));
    }

    /**
     * Creates the parts in order, each retried, each with the nonce "{@code id}-part number" that Discord
     * enforces: a part created before a server error is not created again by its retry.
     */
    private static List<Long> createInParts(List<MessageCreateData> messages, String id, String what,
                                            RestRetry retry,
                                            BiFunction<Integer, MessageCreateData, MessageCreateAction> create) {
        List<Long> ids = new ArrayList<>();
        for (MessageCreateData data : messages) {
            int part = ids.size();
            String nonce = id + "-" + part;
            ids.add(retry.complete(what, () -> create.apply(part, data).setNonce(nonce)).getIdLong());
        }
        return ids;
    }

    private static MessageCreateData mentioning(MessageCreateData data, long userId) {
        // whitelisting one user pings that user only, whatever else the text holds
        return MessageCreateBuilder.from(data).setContent("<@" + userId + "> " + data.getContent())
                .mentionUsers(userId).build();
    }

    /** Whether the deferral ended in an error (waiting for it as {@link #acknowledged} does). */
    private static boolean failed(CompletableFuture<InteractionHook> deferred) {
        try {
            acknowledged(deferred);
            return false;
        } catch (IllegalStateException e) {
            return deferred.isCompletedExceptionally(); // not a timeout or an interrupt: Discord said no
        }
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
