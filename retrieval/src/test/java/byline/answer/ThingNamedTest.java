package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThingNamedTest {
    private final OneRuleCheck check = new OneRuleCheck("kiln", new ThingNamed());

    @Test
    void given_the_thing_spoken_of_without_its_name_then_it_is_declined() {
        Answerability.Verdict v = check.judge("What is the name of the potter who was injured at Harrowby Kilns?",
                "A potter was injured at Harrowby Kilns on Monday, the fire service said.");

        assertFalse(v.answers());
        assertEquals(ThingNamed.UNNAMED, v.declined());
    }

    @Test
    void given_a_name_beside_the_thing_then_the_verdict_stands() {
        assertTrue(check.judge("What is the name of the potter who was injured?",
                "The injured potter, Mara Quint, was treated at Ostley General.").answers());
        assertTrue(check.judge("What is Harrowby Kilns' new glaze range called?",
                "Its new glaze range, Ember Tide, goes on sale in May.").answers());
    }

    @Test
    void the_thing_is_the_last_noun_before_a_relative_clause_or_preposition() {
        assertEquals(noun("supplier"), ThingNamed.asked("What is the name of the clay supplier that went bust?"));
        assertEquals(noun("sister"), ThingNamed.asked("What are the names of her two sisters?"));
        assertEquals(noun("range"), ThingNamed.asked("What is the kiln's new range called?"));
        assertEquals(Optional.of(new ThingNamed.Asked("bank", true)),
                ThingNamed.asked("Which three banks are lending the kiln money?"));
        assertEquals(Optional.empty(), ThingNamed.asked("What is it called when clay cracks in the kiln?"));
        assertEquals(Optional.empty(), ThingNamed.asked("Who named the kiln?"));
    }

    @Test
    void given_a_which_question_and_the_thing_spoken_of_without_a_name_then_it_is_declined() {
        assertFalse(check.judge("Which company supplied the kiln's clay?",
                "The kiln said a supplier company had changed the clay without telling it.").answers());
    }

    @Test
    void given_a_which_question_answered_by_a_name_alone_then_the_verdict_stands() {
        assertTrue(check.judge("Which company supplied the kiln's clay?",
                "The clay came from Brackenridge Minerals until last year.").answers());
    }

    @Test
    void given_a_name_that_only_says_who_spoke_of_the_thing_then_it_is_declined() {
        assertFalse(check.judge("Which supplier changed the kiln's clay?",
                "In a statement, Harrowby Kilns said a supplier had changed the clay without telling it.").answers());
        assertFalse(check.judge("Which supplier changed the kiln's clay?",
                "Mara Quint told reporters that a supplier had changed the clay.").answers());
    }

    @Test
    void given_a_name_beside_the_thing_and_a_speaker_elsewhere_then_the_verdict_stands() {
        assertTrue(check.judge("Which supplier changed the kiln's clay?",
                "Its supplier, Brackenridge Minerals, had changed the clay, the firm said.").answers());
        assertTrue(check.judge("Which supplier changed the kiln's clay?",
                "The supplier, Brackenridge Minerals, said it had changed the clay.").answers());
    }

    private static Optional<ThingNamed.Asked> noun(String noun) {
        return Optional.of(new ThingNamed.Asked(noun, false));
    }
}
