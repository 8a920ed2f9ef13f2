package byline.bot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageChannelJoinEvent;
import com.slack.api.model.event.MessageChannelLeaveEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageRepliedEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;

/**
 * Turns Slack events into questions: mentions in channels, direct messages, and plain replies in threads where
 * Byline answered. Decides synchronously (cheap), acknowledges at once, and leaves the answering to
 * {@link ThreadReplier}. Retries and double deliveries are answered once; messages from bots, Byline's own
 * included, never.
 */
final class SlackAdapter {
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
    /* Message subtypes Slack sends to a subscribed app; acknowledged quietly, never answered. */
    private static final List<Class<? extends Event>> IGNORED = List.of(MessageBotEvent.class,
            MessageChangedEvent.class, MessageDeletedEvent.class, MessageRepliedEvent.class,
            MessageChannelJoinEvent.class, MessageChannelLeaveEvent.class, MessageFileShareEvent.class,
            MessageThreadBroadcastEvent.class);

    private final EventDeduplicator deduplicator;
    private final ThreadMemory memory;
    private final ThreadReplier replier;

    SlackAdapter(EventDeduplicator deduplicator, ThreadMemory memory, ThreadReplier replier) {
        this.deduplicator = Objects.requireNonNull(deduplicator, "deduplicator");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.replier = Objects.requireNonNull(replier, "replier");
    }

    void register(App app) {
        app.event(AppMentionEvent.class, this::onMention);
        app.event(MessageEvent.class, this::onMessage);
        IGNORED.forEach(type -> ignore(app, type));
    }

    private static <E extends Event> void ignore(App app, Class<E> type) {
        app.event(type, (payload, ctx) -> ctx.ack());
    }

    private Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        if (notFromAPerson(event.getUser(), event.getBotId(), event.getSubtype(), ctx.getBotUserId())
                || !firstDelivery(payload, ctx)) {
            return ctx.ack();
        }
        String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        claimAndReply(new IncomingMessage(payload.getEventId(), event.getChannel(), event.getTs(), thread,
                MentionText.strip(event.getText(), ctx.getBotUserId())));
        return ctx.ack();
    }

    private Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        // Decided before the dedupe: a message Byline ignores takes no slot in its memory.
        if (notFromAPerson(event.getUser(), event.getBotId(), event.getSubtype(), ctx.getBotUserId())
                || !addressed(event, ctx.getBotUserId()) || !firstDelivery(payload, ctx)) {
            return ctx.ack();
        }
        claimAndReply(new IncomingMessage(payload.getEventId(), event.getChannel(), event.getTs(),
                event.getThreadTs(), MentionText.strip(event.getText(), ctx.getBotUserId())));
        return ctx.ack();
    }

    /** A direct message, or a follow-up in a thread where Byline answered. */
    private boolean addressed(MessageEvent event, String botUserId) {
        return "im".equals(event.getChannelType()) || isFollowUp(event, botUserId);
    }

    /** A plain reply in a thread where Byline answered; a mention there is answered through app_mention. */
    private boolean isFollowUp(MessageEvent event, String botUserId) {
        return !MentionText.mentions(event.getText(), botUserId)
                && memory.lastTurn(event.getChannel(), event.getThreadTs()).isPresent();
    }

    private boolean firstDelivery(EventsApiPayload<?> payload, EventContext ctx) {
        if (deduplicator.firstDelivery(payload.getEventId())) {
            return true;
        }
        log.info("event {}: already handled, ignoring retry {} ({})", payload.getEventId(), ctx.getRetryNum(),
                ctx.getRetryReason());
        return false;
    }

    /**
     * Bots, Byline itself and message subtypes (joins, edits, deletions, bot_message) are never answered. This is
     * the only such filter: Bolt's is off (see {@link SlackServer}), so it must decide from the event alone, and
     * Byline's bot user id is the one {@code auth.test} gave at start. Byline's own posts carry its bot id too;
     * its user id is checked as well so that no form of its own message can start a loop.
     */
    private static boolean notFromAPerson(String user, String botId, String subtype, String botUserId) {
        return botId != null || subtype != null || (user != null && user.equals(botUserId));
    }

    private void claimAndReply(IncomingMessage message) {
        // A mention may also arrive as a message event with another event_id: the message itself is the key.
        if (deduplicator.firstClaim(message.channel(), message.ts())) {
            replier.accept(message);
        }
    }
}
