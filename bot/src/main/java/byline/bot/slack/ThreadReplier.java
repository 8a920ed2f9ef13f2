package byline.bot.slack;

import byline.answer.Answer;
import byline.answer.Answerer;
import byline.answer.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;

/**
 * Answers an accepted message on the worker pool and posts the answer where it was asked, with the thread's
 * earlier question as context. On any failure the user gets a short apology in the thread, never silence.
 */
final class ThreadReplier {
    private static final Logger log = LoggerFactory.getLogger(ThreadReplier.class);

    private final Answerer answerer;
    private final BlockKitRenderer renderer;
    private final SlackPoster poster;
    private final ThreadMemory memory;
    private final AnswerWorkers workers;

    ThreadReplier(Answerer answerer, BlockKitRenderer renderer, SlackPoster poster, ThreadMemory memory,
                  AnswerWorkers workers) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.poster = Objects.requireNonNull(poster, "poster");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    /** Queues the answer; returns at once so that the event can be acknowledged within Slack's 3 seconds. */
    void accept(IncomingMessage message) {
        if (!workers.trySubmit(() -> reply(message))) {
            log.warn("event {}: all answer workers busy, asking the user to retry", message.eventId());
            tell(message, Replies.BUSY);
        }
    }

    private void reply(IncomingMessage message) {
        try {
            if (message.text().isEmpty()) {
                tell(message, Replies.EMPTY_QUESTION);
                return;
            }
            String earlier = memory.lastQuestion(message.channel(), message.threadTs()).orElse("");
            // Remembered before answering: a reply typed while the answer is on its way is a follow-up too.
            if (message.threadTs() != null) {
                memory.remember(message.channel(), message.threadTs(), message.text());
            }
            Answer answer = answerer.answer(new Question(message.text(), earlier));
            List<SlackMessage> rendered = renderer.answer(answer);
            for (SlackMessage part : rendered) {
                poster.post(message.channel(), message.threadTs(), part);
            }
            log.info("event {}: answered in {} ({} citations, follow-up: {})", message.eventId(),
                    message.channel(), answer.citations().size(), !earlier.isEmpty());
        } catch (RuntimeException e) {
            log.error("event {}: answering in {} failed", message.eventId(), message.channel(), e);
            tell(message, Replies.APOLOGY);
        }
    }

    private void tell(IncomingMessage message, String mrkdwn) {
        try {
            poster.post(message.channel(), message.threadTs(), renderer.notice(mrkdwn));
        } catch (RuntimeException e) {
            log.error("event {}: could not tell the user either", message.eventId(), e);
        }
    }
}
