package byline.bot.slack;

import byline.bot.work.Workers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;

/**
 * Hands accepted requests to the answer workers once Slack has its acknowledgement. When the answer queue's
 * memory budget is spent, the "busy" notice is sent from a separate small pool, also after the ack, so a flood
 * never delays an acknowledgement or an HTTP thread.
 */
final class Dispatch {
    private static final Logger log = LoggerFactory.getLogger(Dispatch.class);
    /* The queue holds a question's text and a few objects around it: weight ≈ its bytes plus this. */
    private static final int JOB_OVERHEAD_BYTES = 2_048;

    private final AfterAck afterAck;
    private final Workers answers;
    private final Workers notices;

    Dispatch(AfterAck afterAck, Workers answers, Workers notices) {
        this.afterAck = Objects.requireNonNull(afterAck, "afterAck");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /**
     * After the ack, queues {@code answer}; if the queue is full, queues {@code busy} (a short notice) instead.
     *
     * @param label    names the job in logs (an event id or trigger id)
     * @param textSize characters of user text the job holds
     */
    void afterAck(String label, int textSize, Runnable answer, Runnable busy) {
        afterAck.defer(() -> {
            if (answers.trySubmit(label, 2L * textSize + JOB_OVERHEAD_BYTES, answer)) {
                return;
            }
            log.warn("{}: answer queue full, telling the user to ask again", label);
            if (!notices.trySubmit(label, JOB_OVERHEAD_BYTES, busy)) {
                log.warn("{}: notice queue full too, the busy notice is dropped", label);
            }
        });
    }

    /** Stops taking work; answers get {@code grace}, notices a second. Returns how many did not finish. */
    int drain(Duration grace) {
        int unfinished = answers.drain(grace);
        return unfinished + notices.drain(Duration.ofSeconds(1));
    }
}
