package byline.bot.discord;

import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Answerer;
import byline.answer.Citation;
import byline.answer.Question;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Test answerers: they build real {@link Answer}s from a citation and record the questions they were asked. */
final class Answers implements Answerer {
    static final Citation REUTERS = new Citation(1, "reuters-chips", "Reuters", "Chip exports slow", "2026-05-27",
            "https://example.com/chips", "");

    private final BlockingQueue<Question> asked = new LinkedBlockingQueue<>();

    /** One sentence citing Reuters; it quotes the question so a test can tell answers apart. */
    @Override
    public Answer answer(Question question) {
        asked.add(question);
        return cited("Reuters reported that chip exports slowed (re: " + question.text() + ").");
    }

    static Answer cited(String sentence) {
        return new Answer("", List.of(new AnswerSentence(sentence, List.of(1))), List.of(REUTERS), false,
                List.of(), "test");
    }

    /** The next question the answerer was asked, failing after a timeout. */
    Question nextQuestion() throws InterruptedException {
        Question q = asked.poll(10, TimeUnit.SECONDS);
        if (q == null) {
            throw new AssertionError("the answerer was not asked within 10 s");
        }
        return q;
    }

    List<Question> askedSoFar() {
        return List.copyOf(asked);
    }
}
