package byline.bot.slack;

import byline.bot.chat.Turn;

import java.util.Optional;

/**
 * The last question Byline answered in each thread, and what it answered, keyed by channel and thread
 * {@code ts}, so that a follow-up
 * ("and who does he report to?") gets it as context, and so that a plain message counts as a follow-up only in
 * a thread where Byline answered. Bounded to the most recently active threads.
 */
final class ThreadMemory {
    private record ThreadKey(String channel, String threadTs) {
    }

    private final LruCache<ThreadKey, Turn> lastTurn;

    ThreadMemory(int capacity) {
        this.lastTurn = new LruCache<>(capacity);
    }

    void remember(String channel, String threadTs, Turn turn) {
        lastTurn.put(new ThreadKey(channel, threadTs), turn);
    }

    /**
     * Records what a question was answered with, unless a later question in the thread was remembered meanwhile:
     * a follow-up then refers to that one.
     */
    void answered(String channel, String threadTs, Turn asked, Turn answered) {
        lastTurn.replace(new ThreadKey(channel, threadTs), asked, answered);
    }

    /** The last turn answered (or being answered) in the thread, empty when Byline has not answered there. */
    Optional<Turn> lastTurn(String channel, String threadTs) {
        return threadTs == null ? Optional.empty() : lastTurn.get(new ThreadKey(channel, threadTs));
    }
}
