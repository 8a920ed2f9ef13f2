package byline.bench;

import byline.answer.Answer;
import byline.answer.Answerer;
import byline.answer.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Answers questions one after another on a thread of its own, as a steady stream of users would, recording when
 * each answer started and ended and whether it cited one of the watched (newly added) articles.
 */
final class AnswerLoop implements AutoCloseable {
    /** One answer: nanoTime at start and end, and whether it cited a watched article. */
    record Timed(long start, long end, boolean citesWatched) {
        double ms() {
            return (end - start) / 1e6;
        }
    }

    private final Answerer answerer;
    private final List<String> questions;
    private final Set<String> watched;
    private final List<Timed> answers = new ArrayList<>();
    private final CountDownLatch cited = new CountDownLatch(1);
    private final Thread thread = new Thread(this::loop, "answer-loop");
    private volatile boolean running = true;

    AnswerLoop(Answerer answerer, List<String> questions, Set<String> watched) {
        this.answerer = answerer;
        this.questions = questions;
        this.watched = watched;
    }

    AnswerLoop start() {
        thread.start();
        return this;
    }

    private void loop() {
        for (int i = 0; running; i++) {
            long start = System.nanoTime();
            Answer answer = answerer.answer(new Question(questions.get(i % questions.size())));
            boolean citesWatched = answer.citations().stream().anyMatch(c -> watched.contains(c.doc()));
            synchronized (answers) {
                answers.add(new Timed(start, System.nanoTime(), citesWatched));
            }
            if (citesWatched) {
                cited.countDown();
            }
        }
    }

    /** Waits until an answer cites a watched article; false when none did in time. */
    boolean awaitCitation(long seconds) throws InterruptedException {
        return cited.await(seconds, TimeUnit.SECONDS);
    }

    List<Timed> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
