package byline.bot.slack;

import java.util.Objects;

/**
 * A Slack message Byline decided to answer.
 *
 * @param eventId  Slack's {@code event_id}, for logs
 * @param channel  where to reply
 * @param ts       the message's own timestamp (its id within the channel)
 * @param threadTs the thread to reply in; null for a top-level direct message, answered in the DM itself
 * @param text     the question, without Byline's mention
 */
record IncomingMessage(String eventId, String channel, String ts, String threadTs, String text) {

    IncomingMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(text, "text");
    }
}
