package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorNamedTest {
    private final OneRuleCheck check = new OneRuleCheck("kiln", new AuthorNamed());

    @Test
    void given_a_statement_an_organisation_put_out_then_no_writer_is_named_and_it_is_declined() {
        Answerability.Verdict v = check.judge("Who wrote the Potters' Guild statement on the closure?",
                "The Potters' Guild said in a statement that it was \"saddened\" by the closure of Harrowby Kilns.");

        assertFalse(v.answers());
        assertEquals(AuthorNamed.UNNAMED, v.declined());
    }

    @Test
    void given_a_name_beside_a_word_of_writing_then_the_verdict_stands() {
        assertTrue(check.judge("Who wrote the history of Harrowby Kilns?",
                "Ivo Dane wrote the history of Harrowby Kilns in 1987.").answers());
        assertTrue(check.judge("Who wrote the catalogue essay?",
                "The catalogue carries an essay by the critic Ada Lowe.").answers());
        assertTrue(check.judge("Who composed the music for the kiln film?",
                "The film's music is by Mara Quint, who grew up in Ostley.").answers());
    }

    @Test
    void given_a_question_that_asks_no_writer_then_nothing_is_checked() {
        assertTrue(check.judge("Who closed Harrowby Kilns?",
                "The Potters' Guild said in a statement that it was \"saddened\" by the closure.").answers());
    }
}
