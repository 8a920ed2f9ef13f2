package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasuresTest {
    private static boolean elsewhere(String question, String text, String sum) {
        int at = text.indexOf(sum);
        return Measures.belongsElsewhere(Measures.asked(question), text, new int[] {at, at + sum.length()});
    }

    @Test
    void a_question_names_the_measures_it_asks_about() {
        assertEquals(Set.of(Measures.Measure.PROFIT), Measures.asked("What profit did the ferry line make?"));
        assertEquals(Set.of(Measures.Measure.PROFIT, Measures.Measure.PAY),
                Measures.asked("How much did earnings rise?"));
        assertTrue(Measures.asked("How much did the bridge cost?").isEmpty());
    }

    @Test
    void a_sum_named_as_another_measure_does_not_answer() {
        assertTrue(elsewhere("What profit did the ferry line make?",
                "The ferry line reported revenue of £84 million for the year.", "84"));
        assertTrue(elsewhere("What was the bakery's profit?", "The bakery made £2.1 million in sales last year.", "2.1"));
    }

    @Test
    void a_sum_of_the_asked_measure_or_of_none_answers() {
        assertFalse(elsewhere("What profit did the ferry line make?",
                "Revenue rose 4 percent, and operating profit reached £9 million.", "9"));
        assertFalse(elsewhere("What profit did the ferry line make?", "The ferry line made £9 million last year.", "9"));
        assertFalse(elsewhere("How much did the bridge cost?", "Revenue from tolls covers the £40 million bridge.", "40"));
    }

    @Test
    void an_ambiguous_measure_word_belongs_to_either_measure() {
        assertFalse(elsewhere("What pay rise did nurses get?", "Average earnings grew to £31,000.", "31,000"));
    }

    @Test
    void the_measure_before_a_sum_counts_only_within_its_clause() {
        assertFalse(elsewhere("What profit did the ferry line make?",
                "Sales were flat; the line made £9 million.", "9"));
    }
}
