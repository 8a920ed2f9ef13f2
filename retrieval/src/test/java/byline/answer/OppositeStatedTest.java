package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OppositeStatedTest {
    private final OneRuleCheck check = new OneRuleCheck("kiln", new OppositeStated());

    @Test
    void given_a_question_with_a_prefixed_opposite_and_a_sentence_with_the_plain_word_then_it_is_declined() {
        Answerability.Verdict v = check.judge("Which kilns at Harrowby were unprotected during the flood?",
                "Two of the kilns at Harrowby were protected by sandbags during the flood.");

        assertFalse(v.answers());
        assertEquals(OppositeStated.OPPOSITE, v.declined());
    }

    @Test
    void given_a_sentence_with_the_prefixed_opposite_of_a_question_word_then_it_is_declined() {
        assertFalse(check.judge("What made the firing schedule dependent on the weather?",
                "A covered yard made the firing schedule independent of the weather.").answers());
        assertFalse(check.judge("Which glaze did the potters call formal?",
                "The potters called the ash glaze informal.").answers());
    }

    @Test
    void given_the_question_form_in_the_sentence_too_then_the_verdict_stands() {
        assertTrue(check.judge("Which kilns were unprotected?",
                "The east kilns were unprotected, while the protected west kilns survived.").answers());
    }

    @Test
    void given_a_sentence_that_holds_the_plain_word_beside_its_opposite_then_the_verdict_stands() {
        assertTrue(check.judge("Which kilns are fired by a direct flame?",
                "Harrowby's direct kilns, unlike the indirect ones at Ostley, are fired by an open flame.").answers());
    }

    @Test
    void given_a_negation_beside_the_plain_word_then_it_says_the_same_and_the_verdict_stands() {
        assertTrue(check.judge("Which kilns were unprotected?",
                "The east kilns were not protected when the river rose.").answers());
    }

    @Test
    void given_a_negated_question_then_the_rule_does_not_apply() {
        assertTrue(check.judge("Which kilns were not unprotected?",
                "The west kilns were protected by a wall.").answers());
    }

    @Test
    void given_prefixes_that_make_no_opposite_then_no_base_is_found() {
        assertTrue(OppositeStated.base("increase").isEmpty());
        assertTrue(OppositeStated.base("discover").isEmpty());
        assertTrue(OppositeStated.base("intakes").isEmpty());
        assertTrue(OppositeStated.base("under").isEmpty());
        assertTrue(OppositeStated.base("dismissed").isEmpty());
        assertTrue(OppositeStated.base("installed").isEmpty());
        assertTrue(OppositeStated.base("disclosed").isEmpty());
        assertEquals("direct", OppositeStated.base("indirect").orElseThrow());
        assertEquals("necessary", OppositeStated.base("unnecessary").orElseThrow());
        assertEquals("members", OppositeStated.base("non-members").orElseThrow());
    }
}
