package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotStatedTest {
    private final OneRuleCheck check = new OneRuleCheck("kiln", new SlotStated());

    @Test
    void given_a_role_question_and_a_sentence_that_only_names_the_firm_then_it_is_declined() {
        Answerability.Verdict v = check.judge("Who chairs Harrowby Kilns?",
                "Harrowby Kilns will open a second showroom in Ostley next spring.");

        assertFalse(v.answers());
        assertEquals(SlotStated.UNSTATED, v.declined());
    }

    @Test
    void given_a_role_question_and_a_sentence_naming_the_role_then_the_verdict_stands() {
        assertTrue(check.judge("Who chairs Harrowby Kilns?",
                "The firm's chair, Mara Quint, said the showroom would hire twelve people.").answers());
        assertTrue(check.judge("who led the raid on the fort",
                "The fort was taken by soldiers under the command of Captain Ivo Dane.").answers());
    }

    @Test
    void given_a_base_question_then_a_sentence_must_say_where_the_firm_is_based() {
        assertFalse(check.judge("Where is Harrowby Kilns based?",
                "Harrowby Kilns sells its plates in forty countries.").answers());
        assertTrue(check.judge("Where is Harrowby Kilns based?",
                "The Ostley-based Harrowby Kilns sells its plates in forty countries.").answers());
    }

    @Test
    void given_a_question_that_asks_no_slot_then_nothing_is_checked() {
        assertTrue(check.judge("What will Harrowby Kilns open?",
                "Harrowby Kilns will open a second showroom in Ostley next spring.").answers());
    }
}
