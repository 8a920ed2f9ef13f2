package byline.bot.slack;

import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Answerer;
import byline.answer.Citation;
import byline.answer.Question;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Answerers for adapter tests: real {@link Answer}s with a real citation, and a record of the questions. */
final class FakeAnswerers {
    static final Citation REUTERS = new Citation(1, "acme-robotics", "Reuters", "Acme names head of robotics",
            "2026-05-27", "https://example.com/acme-robotics", "");

    private FakeAnswerers() {
    }

    /** Answers every question from the Reuters article, and records what it was asked. */
    static final class Recording implements Answerer {
        final BlockingQueue<Question> asked = new LinkedBlockingQueue<>();

        @Override
        public Answer answer(Question question) {
            asked.add(question);
            return new Answer("", List.of(new AnswerSentence("Jane Doe leads the new robotics unit at Acme.",
                    List.of(1))), List.of(REUTERS), false, List.of(), "fake");
        }
    }
}
