package byline.answer;

import byline.corpus.Sentence;
import byline.retrieval.Lexicon;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerWindowTest {
    private final Lexicon lexicon = new Lexicon();
    private final AnswerWindow window = new AnswerWindow(lexicon);

    private QuestionPart part(String question) {
        Map<String, Double> weights = new LinkedHashMap<>();
        lexicon.queryTerms(question).forEach(t -> weights.put(t, 1.0));
        return new QuestionPart(question, AnswerType.of(question), weights, new float[] {1, 0});
    }

    private static Sentence prose(String text) {
        return new Sentence("doc", 0, text, Sentence.Kind.PROSE, "", 0, "");
    }

    @Test
    void given_the_figure_beside_the_asked_measure_then_the_question_stands_near_the_value() {
        QuestionPart q = part("What profit did the mill report?");

        double near = window.nearness(q, prose("The mill reported a profit of $4 million last year."));

        assertEquals(1.0, near, 1e-9);
    }

    @Test
    void given_the_figure_beside_other_words_then_less_of_the_question_stands_near_it() {
        QuestionPart q = part("What profit did the mill report?");
        Sentence nearMiss = prose("Sales at the mill grew to $4 million in the busy summer season, and the "
                + "owners reported their first profit.");

        double near = window.nearness(q, nearMiss);

        assertTrue(near < 0.5, "near " + near);
    }

    @Test
    void given_no_value_of_the_asked_kind_or_no_kind_asked_then_nothing_is_near() {
        assertEquals(0, window.nearness(part("How much profit did the mill make?"),
                prose("The mill made a profit in 2019.")), 0);
        assertEquals(0, window.nearness(part("Why did the mill close?"),
                prose("The mill closed after 40 years of losses.")), 0);
    }

    @Test
    void the_window_is_the_words_either_side_of_the_value_without_it() {
        String text = "one two three four five six seven 42 eight nine ten eleven twelve thirteen fourteen";

        String w = AnswerWindow.window(text, text.indexOf("42"), text.indexOf("42") + 2);

        assertEquals("two three four five six seven eight nine ten eleven twelve thirteen", w);
    }
}
