package byline.bot.slack;

import java.util.Optional;

/**
 * The last question Byline answered in each thread, keyed by channel and thread {@code ts}, so that a follow-up
 * ("and who does he report to?") gets it as context, and so that a plain message counts as a follow-up only in
 * a thread where Byline answered. Bounded to the most recently active threads.
 */
final class ThreadMemory {
    private record ThreadKey(String channel, String threadTs) {
    }

    private final LruCache<ThreadKey, String> lastQuestion;

    ThreadMemory(int capacity) {
        this.lastQuestion = new LruCache<>(capacity);
    }

    void remember(String channel, String threadTs, String question) {
        lastQuestion.put(new ThreadKey(channel, threadTs), question);
    }

    /** The last question answered in the thread, empty when Byline has not answered there. */
    Optional<String> lastQuestion(String channel, String threadTs) {
        return threadTs == null ? Optional.empty() : lastQuestion.get(new ThreadKey(channel, threadTs));
    }
}
