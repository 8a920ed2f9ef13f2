package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdviceGivenTest {
    private final OneRuleCheck check = new OneRuleCheck("kiln", new AdviceGiven());

    @Test
    void given_a_request_for_advice_and_a_sentence_that_only_shares_its_topic_then_it_is_declined() {
        Answerability.Verdict v = check.judge("What's the best way to learn to throw pots?",
                "Harrowby Kilns sold 400 pots at its open day, most of them thrown on the wheel by its six potters.");

        assertFalse(v.answers());
        assertEquals(AdviceGiven.NO_ADVICE, v.declined());
        assertFalse(check.judge("can you recommend a glaze for stoneware",
                "The showroom stocks stoneware from three Ostley potteries.").answers());
    }

    @Test
    void given_a_sentence_that_recommends_or_rates_something_then_the_verdict_stands() {
        assertTrue(check.judge("What's the best way to learn to throw pots?",
                "Ivo Dane says the best way to learn is an evening class at the Ostley kiln.").answers());
        assertTrue(check.judge("any ideas for a first pottery class",
                "The guild recommends its Saturday taster class for beginners.").answers());
    }

    @Test
    void given_a_question_that_asks_no_advice_then_nothing_is_checked() {
        assertTrue(check.judge("Which pot won the best in show prize?",
                "A salt-glazed jug by Mara Quint took the top prize at the Ostley show.").answers());
        assertTrue(check.judge("How many pots did Harrowby Kilns sell?",
                "Harrowby Kilns sold 400 pots at its open day.").answers());
    }
}
