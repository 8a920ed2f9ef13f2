package byline.bot.discord;

import byline.bot.chat.Turn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which question Byline last answered and what it said, per thread and per answer message, so that a follow-up in
 * a thread or a reply to one of Byline's answers is asked with its earlier question and answer as context.
 * Bounded: the least recently
 * used entries are forgotten, as a chat's context fades anyway.
 */
final class ConversationMemory {
    private final Map<Long, Turn> byThread;
    private final Map<Long, Turn> byAnswerMessage;

    ConversationMemory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.byThread = lru(capacity);
        this.byAnswerMessage = lru(capacity);
    }

    synchronized void answeredInThread(long threadId, Turn turn) {
        byThread.put(threadId, turn);
    }

    synchronized void answeredWith(long answerMessageId, Turn turn) {
        byAnswerMessage.put(answerMessageId, turn);
    }

    /** The turn last answered in this thread. */
    synchronized Optional<Turn> lastInThread(long threadId) {
        return Optional.ofNullable(byThread.get(threadId));
    }

    /** The turn that Byline's message {@code answerMessageId} answered, if it is one of Byline's answers. */
    synchronized Optional<Turn> answeredBy(long answerMessageId) {
        return Optional.ofNullable(byAnswerMessage.get(answerMessageId));
    }

    private static Map<Long, Turn> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Turn> eldest) {
                return size() > capacity;
            }
        };
    }
}
