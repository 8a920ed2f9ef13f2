package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolderNamedTest {
    private final OneRuleCheck check = new OneRuleCheck("kiln", new HolderNamed());

    @Test
    void given_a_role_question_and_a_sentence_that_names_no_one_in_the_role_then_it_is_declined() {
        Answerability.Verdict v = check.judge("What is the name of Harrowby Kilns' sales director?",
                "Harrowby Kilns said its sales director would visit every stockist in the spring.");

        assertFalse(v.answers());
        assertEquals(HolderNamed.UNNAMED, v.declined());
    }

    @Test
    void given_a_role_question_and_a_sentence_naming_the_holder_beside_the_role_then_the_verdict_stands() {
        assertTrue(check.judge("Who is the sales director at Harrowby Kilns?",
                "Harrowby Kilns' sales director, Mara Quint, said orders had doubled.").answers());
        assertTrue(check.judge("Who chairs the Harrowby Kilns inquiry?",
                "The inquiry, chaired by retired judge Ivo Dane, opened in Ostley on Monday.").answers());
        assertTrue(check.judge("Who was the leader of the Ostley potters?",
                "The potters settled in Ostley under the leadership of Ada Lowe.").answers());
    }

    @Test
    void given_a_two_word_title_then_only_a_name_beside_that_title_names_its_holder() {
        assertFalse(check.judge("Who will be finance director of Harrowby Kilns?",
                "Harrowby Kilns' chief executive, Mara Quint, will become chair.").answers());
        assertTrue(check.judge("Who will be finance director of Harrowby Kilns?",
                "Ivo Dane will join Harrowby Kilns as finance director in June.").answers());
    }

    @Test
    void given_a_name_that_only_says_who_spoke_of_the_role_then_it_does_not_name_the_holder() {
        assertFalse(check.judge("Who is the sales director at Harrowby Kilns?",
                "Mara Quint told staff that the sales director would leave Harrowby Kilns in May.").answers());
    }

    @Test
    void given_a_name_far_from_the_role_then_it_does_not_name_the_holder() {
        assertFalse(check.judge("Who is the head of the Ostley Potters' Guild?",
                "The Ostley Potters' Guild's head said the kilns had been fired every week of the winter, as the late "
                        + "founder Ada Lowe had wanted.").answers());
    }

    @Test
    void given_a_question_about_a_person_that_asks_no_role_then_nothing_is_checked() {
        assertTrue(check.judge("Who bought the Harrowby kiln?",
                "The kiln was sold to a buyer in Ostley.").answers());
    }
}
