package byline.bot.slack;

import byline.answer.Answer;
import byline.answer.Answerer;
import byline.answer.Question;
import byline.bot.chat.Intent;
import byline.bot.chat.Intents;
import byline.bot.chat.Turn;
import byline.corpus.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers an accepted message on the worker pool, after the ack, and posts the answer where it was asked, with
 * the thread's earlier question as context. If answering fails, the user gets a short apology. If delivering
 * fails after the retries, one log line says so and nothing more is posted: after a timeout the answer may
 * well have landed, and an apology under it would be wrong.
 */
final class ThreadReplier {
    private static final Logger log = LoggerFactory.getLogger(ThreadReplier.class);

    private final Answerer answerer;
    private final BlockKitRenderer renderer;
    private final SlackPoster poster;
    private final ThreadMemory memory;
    private final Dispatch dispatch;
    private final Supplier<List<Article>> articles;
    private final Intents intents = new Intents();

    /**
     * @param articles the articles answered from, read when someone asks for the sources
     */
    ThreadReplier(Answerer answerer, BlockKitRenderer renderer, SlackPoster poster, ThreadMemory memory,
                  Dispatch dispatch, Supplier<List<Article>> articles) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.poster = Objects.requireNonNull(poster, "poster");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        this.articles = Objects.requireNonNull(articles, "articles");
    }

    /** Queues the answer once the event is acknowledged; returns at once. */
    void accept(IncomingMessage message) {
        dispatch.afterAck("event " + message.eventId(), message.text().length(), () -> reply(message),
                () -> tell(message, Replies.BUSY));
    }

    private void reply(IncomingMessage message) {
        if (message.text().isEmpty()) {
            tell(message, Replies.EMPTY_QUESTION);
            return;
        }
        Intent intent = intents.of(message.text());
        if (intent != Intent.QUESTION) {
            tell(message, Replies.to(intent, articles));
            return;
        }
        Optional<Turn> earlier = memory.lastTurn(message.channel(), message.threadTs());
        // Remembered before answering: a reply typed while the answer is on its way is a follow-up too.
        Turn asked = Turn.asked(message.text());
        if (message.threadTs() != null) {
            memory.remember(message.channel(), message.threadTs(), asked);
        }
        List<SlackMessage> rendered;
        Answer answer;
        try {
            Question question = earlier.map(t -> t.followUp(message.text()))
                    .orElseGet(() -> new Question(message.text()));
            answer = answerer.answer(question);
            if (message.threadTs() != null) {
                memory.answered(message.channel(), message.threadTs(), asked,
                        Turn.answered(message.text(), answer, question));
            }
            rendered = renderer.answer(answer);
        } catch (RuntimeException e) {
            log.error("event {}: answering in {} failed", message.eventId(), message.channel(), e);
            tell(message, Replies.APOLOGY);
            return;
        }
        if (deliver(message, rendered)) {
            log.info("event {}: answered in {} ({} citations, follow-up: {})", message.eventId(),
                    message.channel(), answer.citations().size(), earlier.isPresent());
        }
    }

    private boolean deliver(IncomingMessage message, List<SlackMessage> parts) {
        try {
            for (SlackMessage part : parts) {
                poster.post(message.channel(), message.threadTs(), part);
            }
            return true;
        } catch (SlackReplyException e) {
            log.warn("event {}: answer not delivered ({}): {}", message.eventId(), e.outcome(), e.getMessage());
            return false;
        }
    }

    private void tell(IncomingMessage message, String mrkdwn) {
        deliver(message, List.of(renderer.notice(mrkdwn)));
    }
}
