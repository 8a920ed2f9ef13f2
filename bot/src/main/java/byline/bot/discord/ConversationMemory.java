package byline.bot.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which question Byline last answered, per thread and per answer message, so that a follow-up in a thread or a
 * reply to one of Byline's answers is asked with its earlier question as context. Bounded: the least recently
 * used entries are forgotten, as a chat's context fades anyway.
 */
final class ConversationMemory {
    private final Map<Long, String> byThread;
    private final Map<Long, String> byAnswerMessage;

    ConversationMemory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.byThread = lru(capacity);
        this.byAnswerMessage = lru(capacity);
    }

    synchronized void answeredInThread(long threadId, String question) {
        byThread.put(threadId, question);
    }

    synchronized void answeredWith(long answerMessageId, String question) {
        byAnswerMessage.put(answerMessageId, question);
    }

    /** The question last answered in this thread. */
    synchronized Optional<String> lastInThread(long threadId) {
        return Optional.ofNullable(byThread.get(threadId));
    }

    /** The question that Byline's message {@code answerMessageId} answered, if it is one of Byline's answers. */
    synchronized Optional<String> answeredBy(long answerMessageId) {
        return Optional.ofNullable(byAnswerMessage.get(answerMessageId));
    }

    private static Map<Long, String> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
                return size() > capacity;
            }
        };
    }
}
