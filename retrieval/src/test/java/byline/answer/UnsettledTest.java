package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnsettledTest {
    private static final double HEDGE_GAP = 1.5;
    private final FakeSentenceIndex index = new FakeSentenceIndex("pier");
    private final Composer composer = new Composer(index,
            Map.of("pier", new Article("pier", "The pier", "Valley Times", "2025-04-01", "", "", "body")), HEDGE_GAP);
    private final Answerability confident = (part, ranked) -> new Answerability.Verdict(true, 0.9, 0.2);
    private final Answerability check = new ShownSentencesCheck(confident, composer, List.of(new Unsettled()));

    private static QuestionPart asking(String question) {
        return new QuestionPart(question, AnswerType.ANY, Map.of("pier", 1.0), new float[] {1, 0});
    }

    private List<Ranked> best(String text) {
        Sentence s = index.add(Sentence.Kind.PROSE, index.size(), text, 1, 0);
        return List.of(new Ranked(new Candidate(s, null, new double[Features.Name.values().length]), 3.0));
    }

    @Test
    void given_a_yes_no_question_and_a_sentence_that_leaves_it_open_then_it_is_declined() {
        Answerability.Verdict v = check.judge(asking("Will the council rebuild the pier?"),
                best("The council is considering whether to rebuild the pier after the storm."));

        assertFalse(v.answers());
        assertEquals(Unsettled.OPEN, v.declined());
    }

    @Test
    void given_a_yes_no_question_and_a_sentence_that_settles_it_then_the_verdict_stands() {
        assertTrue(check.judge(asking("Will the council rebuild the pier?"),
                best("The council voted on Tuesday to rebuild the pier by next summer.")).answers());
        assertTrue(check.judge(asking("is the pier open"), best("The pier reopened on May 4 after repairs.")).answers());
    }

    @Test
    void given_a_question_that_is_not_yes_or_no_then_open_wording_does_not_matter() {
        assertTrue(check.judge(asking("Who may rebuild the pier?"),
                best("The council said a local firm may rebuild the pier.")).answers());
    }
}
