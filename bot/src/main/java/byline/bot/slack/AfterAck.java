package byline.bot.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Work that must wait until Slack has its acknowledgement. Bolt runs handlers before it writes the HTTP
 * response, so a handler that queued an answer at once could reach the Web API before Slack saw the ack.
 * Handlers {@link #defer} instead; {@link VerifyingFilter} runs the deferred work after flushing the response.
 */
final class AfterAck {
    /** Work that may throw like a servlet chain. */
    @FunctionalInterface
    interface Chain {
        void run() throws Exception;
    }

    private final ThreadLocal<List<Runnable>> pending = new ThreadLocal<>();

    /** Runs the chain and returns what it deferred. */
    List<Runnable> collect(Chain chain) throws Exception {
        List<Runnable> deferred = new ArrayList<>();
        pending.set(deferred);
        try {
            chain.run();
            return deferred;
        } finally {
            pending.remove();
        }
    }

    /** Runs the task after the current request's response is sent; at once outside a request. */
    void defer(Runnable task) {
        List<Runnable> deferred = pending.get();
        if (deferred == null) {
            task.run();
        } else {
            deferred.add(task);
        }
    }
}
