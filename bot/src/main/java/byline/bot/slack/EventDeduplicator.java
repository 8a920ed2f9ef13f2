package byline.bot.slack;

/**
 * Remembers which Slack events and messages were already taken on, so that a retry
 * ({@code X-Slack-Retry-Num}) and a mention that also arrives as a {@code message} event are answered once.
 * Bounded: the oldest keys are forgotten first, long after Slack stops retrying.
 */
final class EventDeduplicator {
    private final LruCache<String, Boolean> seen;

    EventDeduplicator(int capacity) {
        this.seen = new LruCache<>(capacity);
    }

    /** True the first time an {@code event_id} is seen. */
    boolean firstDelivery(String eventId) {
        return seen.putIfAbsent("event:" + eventId, Boolean.TRUE);
    }

    /** True the first time a message (channel and {@code ts}) is claimed for an answer. */
    boolean firstClaim(String channel, String ts) {
        return seen.putIfAbsent("message:" + channel + ":" + ts, Boolean.TRUE);
    }
}
