package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThingStatedTest {
    private final DoubtedBest fixture = new DoubtedBest();
    private final ThingStated stage = new ThingStated(DoubtedBest.DOUBTFUL, fixture.features());

    private Answerability.Verdict judge(String question, String best) {
        return fixture.judge(stage, question, best);
    }

    @Test
    void given_a_doubted_sentence_with_a_name_beside_the_asked_thing_then_it_answers() {
        assertTrue(judge("Which bank funded the Harrowby Kilns showroom?",
                "\"We could not have done it alone,\" said Mara Quint, thanking the bank, Corvo Mutual.").answers());
        assertTrue(judge("What is the name of the potter who runs the Harrowby Kilns showroom?",
                "The showroom is run by the potter Ivo Dane, who trained in Ostley.").answers());
    }

    @Test
    void given_the_thing_without_a_name_beside_it_then_the_doubt_stands() {
        assertFalse(judge("Which bank funded the Harrowby Kilns showroom?",
                "Harrowby Kilns said a bank had lent it most of the money for the showroom.").answers());
    }

    @Test
    void given_a_name_beside_the_thing_but_not_the_names_the_question_gives_then_the_doubt_stands() {
        assertFalse(judge("Which bank funded the Corvo Mills shed?",
                "The bank, Ostley Mutual, lent it most of the money.").answers());
    }

    @Test
    void given_a_question_that_asks_no_name_of_a_thing_then_the_doubt_stands() {
        assertFalse(judge("How much did the bank lend Harrowby Kilns?",
                "The bank, Corvo Mutual, lent Harrowby Kilns most of the money.").answers());
    }
}
