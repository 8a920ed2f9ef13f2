package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnsettledTest {
    private final OneRuleCheck check = new OneRuleCheck("pier", new Unsettled());

    @Test
    void given_a_yes_no_question_and_a_sentence_that_leaves_it_open_then_it_is_declined() {
        Answerability.Verdict v = check.judge("Will the council rebuild the pier?",
                "The council is considering whether to rebuild the pier after the storm.");

        assertFalse(v.answers());
        assertEquals(Unsettled.OPEN, v.declined());
    }

    @Test
    void given_a_yes_no_question_and_a_sentence_that_settles_it_then_the_verdict_stands() {
        assertTrue(check.judge("Will the council rebuild the pier?",
                "The council voted on Tuesday to rebuild the pier by next summer.").answers());
        assertTrue(check.judge("is the pier open", "The pier reopened on May 4 after repairs.").answers());
    }

    @Test
    void given_a_question_that_is_not_yes_or_no_then_open_wording_does_not_matter() {
        assertTrue(check.judge("Who may rebuild the pier?",
                "The council said a local firm may rebuild the pier.").answers());
    }
}
