package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureStatedTest {
    private final OneRuleCheck check = new OneRuleCheck("kiln", new MeasureStated());

    @Test
    void given_a_profit_question_and_a_sentence_that_gives_revenue_then_it_is_declined() {
        Answerability.Verdict v = check.judge("What was Harrowby Kilns' profit last year?",
                "Harrowby Kilns reported revenue of £41 million last year, up 6 percent.");

        assertFalse(v.answers());
        assertEquals(MeasureStated.OTHER_MEASURE, v.declined());
    }

    @Test
    void given_a_measure_question_and_a_sentence_naming_that_measure_or_its_news_word_then_the_verdict_stands() {
        assertTrue(check.judge("How much profit did Harrowby Kilns make?",
                "Harrowby Kilns made a pre-tax profit of £3.2 million.").answers());
        assertTrue(check.judge("How much profit did Harrowby Kilns make?",
                "Harrowby Kilns made a loss of £1.1 million after the fire.").answers(), "a loss answers it too");
        assertTrue(check.judge("What is Harrowby Kilns' annual revenue?",
                "Harrowby Kilns' sales rose to £41 million.").answers());
        assertTrue(check.judge("What salary does the kiln manager earn?",
                "The kiln manager is paid £38,000 a year.").answers());
    }

    @Test
    void given_a_salary_question_and_a_sentence_that_gives_damages_then_it_is_declined() {
        assertFalse(check.judge("What is Mara Quint's salary at Harrowby Kilns?",
                "Harrowby Kilns asked the court to award it damages of £45,000 from Mara Quint.").answers());
    }

    @Test
    void given_a_question_that_asks_no_amount_then_nothing_is_checked() {
        assertTrue(check.judge("Who made up the deficit of skilled potters at Harrowby Kilns?",
                "Apprentices from Ostley College filled six places at Harrowby Kilns.").answers());
    }
}
