package byline.bot.slack;

import java.util.Objects;

/**
 * Remembers which Slack events and messages were already taken on, so that a retry
 * ({@code X-Slack-Retry-Num}) and a mention that also arrives as a {@code message} event are answered once.
 * Only messages Byline answers are remembered, each for {@link RecentKeys#WINDOW}, however busy Slack is.
 */
final class EventDeduplicator {
    private final RecentKeys seen;

    EventDeduplicator(RecentKeys seen) {
        this.seen = Objects.requireNonNull(seen, "seen");
    }

    /** True the first time an {@code event_id} is seen. */
    boolean firstDelivery(String eventId) {
        return seen.firstTime("event:" + eventId);
    }

    /** True the first time a message (channel and {@code ts}) is claimed for an answer. */
    boolean firstClaim(String channel, String ts) {
        return seen.firstTime("message:" + channel + ":" + ts);
    }

    /** Events and messages remembered now (for tests). */
    long size() {
        return seen.size();
    }
}
