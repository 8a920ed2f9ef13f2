package byline.answer.llm;

import byline.answer.Answer;
import byline.answer.Answerer;
import byline.answer.Evidence;
import byline.answer.ExtractiveAnswerer;
import byline.answer.Question;
import byline.corpus.Article;
import byline.retrieval.Passage;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Generated answers that keep Byline's guarantees. The extractive answer comes first (milliseconds): when it
 * abstains the passages do not answer, and the model is never asked. Otherwise the model gets the question and
 * the numbered passages; its reply is checked ({@link ReplyChecker}, {@link ClaimCiter}) and cited by Byline.
 * Any failure (timeout, HTTP error, rate limit, malformed or uncited reply) serves the extractive answer, with
 * one log line, and no question waits longer than the model's timeout.
 */
public final class LlmAnswerer implements Answerer {
    private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);

    private final LlmModel model;
    private final Map<String, Article> articles;
    private final ExtractiveAnswerer extractive;
    private final int top;
    private final PromptBuilder prompts;
    private final ExecutorService calls;

    /**
     * @param model      the chat model, its name and timeout
     * @param articles   the corpus articles by id (for citations)
     * @param extractive the offline answerer: the gate before the model, the fallback after it, and the
     *                   retrieval whose passages the model is shown
     * @param top        how many passages the model is shown
     */
    public LlmAnswerer(LlmModel model, Map<String, Article> articles, ExtractiveAnswerer extractive, int top) {
        this.model = Objects.requireNonNull(model, "model");
        this.articles = Map.copyOf(articles);
        this.extractive = Objects.requireNonNull(extractive, "extractive");
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, got " + top);
        }
        this.top = top;
        this.prompts = new PromptBuilder(this.articles);
        // Daemon threads: a model call abandoned at the timeout must not keep the JVM alive.
        this.calls = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "byline-llm");
            t.setDaemon(true);
            return t;
        });
    }

    /** What answers say they came from: {@code llm:openai/gpt-4o-mini}. */
    public String name() {
        return "llm:" + model.name();
    }

    @Override
    public Answer answer(Question question) {
        long deadline = System.nanoTime() + model.timeout().toNanos();
        ExtractiveAnswerer.Reading reading = extractive.read(question);
        Answer offline = reading.answer();
        if (offline.abstained() || reading.settled()) {
            return offline; // the passages do not answer, or the article's own facts do: the model is not asked
        }
        List<Passage> passages = reading.passages().subList(0, Math.min(top, reading.passages().size()));
        List<Evidence> evidence = passages.stream()
                .map(p -> new Evidence(p.chunk().docId(), p.chunk().text(), p.score(), p.detail())).toList();
        try {
            return checked(ask(question, passages, deadline), passages, evidence);
        } catch (LlmFailure e) {
            return fallback(offline, e.reason());
        }
    }

    private Answer checked(String reply, List<Passage> passages, List<Evidence> evidence) {
        CheckedReply checked = new ReplyChecker(passages.size()).check(reply);
        if (checked instanceof CheckedReply.NotInArticles) {
            log.info("{}: the model says the articles do not answer; abstaining", name());
            return Answer.abstain(evidence, name());
        }
        if (checked instanceof CheckedReply.Unusable unusable) {
            throw new LlmFailure("uncited reply: " + unusable.reason());
        }
        CheckedReply.Cited cited = (CheckedReply.Cited) checked;
        ClaimCiter citer = new ClaimCiter(articles, passages);
        ClaimCiter.Cited c = citer.cite(cited.claims()).orElseThrow(() ->
                new LlmFailure("uncited reply: no claim shares a word with the passage it cites"));
        if (!cited.droppedMarkers().isEmpty() || cited.droppedSentences() + citer.unsupported() > 0) {
            log.info("{}: dropped markers {} (no such passage), {} marker(s) whose passage does not mention the "
                    + "claim, {} uncited sentence(s)", name(), cited.droppedMarkers(), citer.unsupported(),
                    cited.droppedSentences());
        }
        return new Answer("", c.sentences(), c.citations(), false, evidence, name());
    }

    private String ask(Question question, List<Passage> passages, long deadline) {
        Future<ChatResponse> call = calls.submit(() -> model.chat().chat(prompts.messages(question, passages)));
        try {
            ChatResponse response = call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (response == null || response.aiMessage() == null || response.aiMessage().text() == null) {
                throw new LlmFailure("malformed reply (no text)");
            }
            return response.aiMessage().text();
        } catch (java.util.concurrent.TimeoutException e) {
            call.cancel(true);
            throw new LlmFailure("timeout after " + model.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmFailure("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new LlmFailure(LlmFailure.describe(e.getCause()));
        }
    }

    private Answer fallback(Answer offline, String reason) {
        log.warn("{} not used ({}); serving the extractive answer", name(), reason);
        return new Answer(offline.lead(), offline.sentences(), offline.citations(), false, offline.evidence(),
                offline.answerer() + " (llm fallback: " + LlmFailure.shortReason(reason) + ")");
    }
}
