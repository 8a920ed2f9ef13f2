package byline;

import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Answerer;
import byline.answer.Citation;
import byline.answer.Question;
import byline.corpus.Article;
import byline.corpus.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(30)
class LibraryTest {
    private static final Corpus ONE = new Corpus(List.of(new Article("a", "A", "Wire", "", "", "", "Text.")), List.of());
    private static final Corpus TWO = new Corpus(List.of(new Article("a", "A", "Wire", "", "", "", "Text."),
            new Article("b", "B", "Wire", "", "", "", "More.")), List.of());

    @Test
    void given_a_question_in_flight_when_a_new_edition_replaces_the_old_then_it_finishes_on_the_old_one()
            throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Answerer slowOld = q -> {
            asked.countDown();
            await(release);
            return answer("old");
        };
        Library library = new Library(ONE, slowOld);
        Answerer kept = library.answerer(); // as a front end keeps it

        CompletableFuture<Answer> inFlight = CompletableFuture.supplyAsync(() -> kept.answer(new Question("q1")));
        assertTrue(asked.await(10, TimeUnit.SECONDS));
        library.replace(new Library.Edition(TWO, q -> answer("new"), q -> answer("new")));
        Answer next = kept.answer(new Question("q2"));
        release.countDown();

        assertTrue(next.text().startsWith("new"), "a new question goes to the new edition without waiting");
        assertTrue(inFlight.get(10, TimeUnit.SECONDS).text().startsWith("old"));
        assertEquals(2, library.corpus().articles().size());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Answer answer(String text) {
        Citation c = new Citation(1, "a", "Wire", "A", "", "", "");
        return new Answer("", List.of(new AnswerSentence(text, List.of(1))), List.of(c), false, List.of(), "test");
    }
}
