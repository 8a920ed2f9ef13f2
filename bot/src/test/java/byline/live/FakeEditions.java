package byline.live;

import byline.Library;
import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Answerer;
import byline.answer.Citation;
import byline.corpus.Corpus;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Editions without a model: each answers with a sentence naming how many articles it was built from, and
 * "embeds" one text per article. A gate can hold a build back to show that answers do not wait for it.
 */
final class FakeEditions implements Editions {
    final AtomicInteger builds = new AtomicInteger();
    private final AtomicInteger embedded = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile CountDownLatch building = new CountDownLatch(0);

    /** The next build waits until {@link #release()}; {@code building} counts down when it starts. */
    CountDownLatch holdNextBuild() {
        gate = new CountDownLatch(1);
        building = new CountDownLatch(1);
        return building;
    }

    void release() {
        gate.countDown();
    }

    @Override
    public Library.Edition of(Corpus corpus) {
        building.countDown();
        try {
            if (!gate.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("build held too long");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        builds.incrementAndGet();
        embedded.addAndGet(corpus.articles().size());
        return edition(corpus);
    }

    @Override
    public long textsEmbedded() {
        return embedded.get();
    }

    static Library.Edition edition(Corpus corpus) {
        Answerer answerer = question -> answer("Built from " + corpus.articles().size() + " articles.");
        return new Library.Edition(corpus, answerer, answerer);
    }

    static Answer answer(String sentence) {
        Citation wire = new Citation(1, "wire", "Test Wire", "Wire story", "2026-05-20", "", "");
        return new Answer("", List.of(new AnswerSentence(sentence, List.of(1))), List.of(wire), false, List.of(),
                "test");
    }
}
