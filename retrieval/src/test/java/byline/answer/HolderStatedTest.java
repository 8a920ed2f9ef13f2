package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolderStatedTest {
    private final DoubtedBest fixture = new DoubtedBest();
    private final HolderStated stage = new HolderStated(DoubtedBest.DOUBTFUL, fixture.features());

    private Answerability.Verdict judge(String question, String best) {
        return fixture.judge(stage, question, best);
    }

    @Test
    void given_a_doubted_sentence_naming_the_holder_of_the_asked_role_then_it_answers() {
        assertTrue(judge("Who is the chief executive of Harrowby Kilns?",
                "\"We have waited ten years for this room,\" said chief executive Mara Quint.").answers());
        assertTrue(judge("Who is Harrowby Kilns' CEO?",
                "The firm's chief executive, Mara Quint, cut the ribbon.").answers());
    }

    @Test
    void given_a_director_named_as_director_then_it_answers() {
        assertTrue(judge("Who is the director of Harrowby Kilns?",
                "\"We fire every piece by hand,\" said the firm's director, Mara Quint.").answers());
    }

    @Test
    void given_a_name_beside_another_role_then_the_doubt_stands() {
        assertFalse(judge("Who chairs Harrowby Kilns?",
                "Ivo Dane, who runs the bakery next door, said the showroom would bring trade.").answers());
    }

    @Test
    void given_a_holder_of_another_organisation_then_the_doubt_stands() {
        assertFalse(judge("Who is the chief executive of Corvo Mills?",
                "\"We have waited ten years for this room,\" said chief executive Mara Quint.").answers());
    }
}
