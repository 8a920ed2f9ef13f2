package byline.bot.discord;

import byline.answer.Answer;
import byline.answer.Answerer;
import byline.answer.Question;
import byline.bot.chat.Turn;
import byline.bot.work.Workers;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Answers questions on the worker pool, never on JDA's event thread, and delivers the rendered answer. A failing
 * answerer gets the user a short apology, never silence. Remembers each answered question so follow-ups get it
 * as {@link Question#earlier()}.
 */
final class QuestionDispatcher {
    private static final Logger log = LoggerFactory.getLogger(QuestionDispatcher.class);

    private final Answerer answerer;
    private final DiscordRenderer renderer;
    private final ConversationMemory memory;
    /* A question (Discord allows 4,000 characters), its reply handle and context while it waits. */
    private static final long JOB_BYTES = 16_384;

    private final Workers workers;

    QuestionDispatcher(Answerer answerer, DiscordRenderer renderer, ConversationMemory memory, Workers workers) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    /**
     * Queues the question; false when the queue's memory budget is spent or Byline is stopping (the caller tells
     * the user to come back later).
     *
     * @param label    names the question in shutdown logs (a message or interaction id)
     * @param question made on the worker, so that its earlier question is looked up as late as possible: a quick
     *                 follow-up queued behind the answer it follows still finds that answer's question
     * @param thread   the thread it was asked in, to remember for follow-ups there; empty outside threads
     */
    boolean submit(String label, Supplier<Question> question, OptionalLong thread, Reply reply) {
        if (workers.trySubmit(label, JOB_BYTES, () -> answerAndSend(question, thread, reply))) {
            return true;
        }
        log.warn("{}: not answered, the queue is full or Byline is stopping", label);
        return false;
    }

    /** Runs {@code messages} delivery on a worker, for replies that need no answerer (e.g. /sources). */
    boolean submitMessages(String label, List<MessageCreateData> messages, Reply reply) {
        if (workers.trySubmit(label, JOB_BYTES, () -> send(messages, reply))) {
            return true;
        }
        log.warn("{}: reply dropped, the queue is full or Byline is stopping", label);
        return false;
    }

    private void answerAndSend(Supplier<Question> asked, OptionalLong thread, Reply reply) {
        List<MessageCreateData> messages;
        Turn turn = null;
        try {
            Question question = asked.get();
            Answer answer = answerer.answer(question);
            messages = renderer.answer(answer);
            turn = Turn.answered(question.text(), answer, question);
        } catch (RuntimeException e) {
            log.error("Answering a Discord question failed", e);
            messages = List.of(renderer.notice(DiscordRenderer.APOLOGY));
            // an apology answered nothing to follow up on
        }
        List<Long> sent = send(messages, reply);
        if (turn != null) {
            Turn answered = turn;
            sent.forEach(id -> memory.answeredWith(id, answered));
            thread.ifPresent(id -> memory.answeredInThread(id, answered));
        }
    }

    private static List<Long> send(List<MessageCreateData> messages, Reply reply) {
        try {
            return reply.send(messages);
        } catch (RuntimeException e) {
            log.warn("Could not deliver a Discord reply: {}", e.toString());
            return List.of();
        }
    }
}
