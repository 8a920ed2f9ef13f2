package byline.answer;

import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureCheckTest {
    private static final double HEDGE_GAP = 1.5;
    private final Answerability confident = (part, ranked) -> new Answerability.Verdict(true, 0.9, 0.2);
    private final FigureCheck check = new FigureCheck(confident, HEDGE_GAP);

    private static QuestionPart asking(AnswerType type) {
        return new QuestionPart("How much is in the hardship fund?", type, Map.of("fund", 1.0), new float[] {1, 0});
    }

    private static Ranked ranked(String text, boolean holdsFigure, double score) {
        double[] f = new double[Features.Name.values().length];
        f[Features.Name.TYPED.ordinal()] = 1;
        f[Features.Name.TYPE_FITS.ordinal()] = holdsFigure ? 1 : 0;
        return new Ranked(new Candidate(new Sentence("fund", 0, text, Sentence.Kind.PROSE, "", 0, ""), null, f),
                score);
    }

    @Test
    void given_an_amount_question_and_no_figure_in_the_best_sentences_then_it_is_declined() {
        Answerability.Verdict v = check.judge(asking(AnswerType.AMOUNT), List.of(
                ranked("The council opened a hardship fund for families.", false, 3.0),
                ranked("The fund holds £40,000.", true, 0.5)));

        assertFalse(v.answers());
        assertEquals(FigureCheck.NO_FIGURE, v.declined());
        assertEquals(0.9, v.confidence(), 0, "the model's confidence is kept for :why");
    }

    @Test
    void given_a_runner_up_within_the_hedge_gap_with_a_figure_then_the_verdict_stands() {
        Answerability.Verdict v = check.judge(asking(AnswerType.COUNT), List.of(
                ranked("The council opened a hardship fund for families.", false, 3.0),
                ranked("Forty families have applied so far.", true, 2.0)));

        assertTrue(v.answers());
    }

    @Test
    void given_a_question_that_asks_for_no_figure_then_the_verdict_stands() {
        Answerability.Verdict v = check.judge(asking(AnswerType.DURATION), List.of(
                ranked("The fund stays open until the spring.", false, 3.0)));

        assertTrue(v.answers());
    }

    @Test
    void given_a_part_the_model_already_declines_then_it_stays_declined_without_a_reason_added() {
        FigureCheck unsure = new FigureCheck((part, ranked) -> new Answerability.Verdict(false, 0.1, 0.2), HEDGE_GAP);

        Answerability.Verdict v = unsure.judge(asking(AnswerType.AMOUNT), List.of(
                ranked("The council opened a hardship fund for families.", false, 3.0)));

        assertFalse(v.answers());
        assertEquals("", v.declined());
    }
}
