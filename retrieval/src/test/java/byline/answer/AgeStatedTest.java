package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgeStatedTest {
    private final DoubtedBest fixture = new DoubtedBest();
    private final AgeStated stage = new AgeStated(DoubtedBest.DOUBTFUL);

    private Answerability.Verdict judge(String question, String best) {
        return fixture.judge(stage, question, best);
    }

    @Test
    void given_a_doubted_sentence_giving_the_age_beside_the_asked_name_then_it_answers() {
        assertTrue(judge("How old is Mara Quint?",
                "\"Clay forgives nothing,\" Quint, 46, said in the showroom at Harrowby Kilns.").answers());
        assertTrue(judge("how old is ivo dane",
                "The 71-year-old Ivo Dane still fires the kiln every Sunday.").answers());
    }

    @Test
    void given_the_age_of_someone_else_then_the_doubt_stands() {
        assertFalse(judge("How old is Mara Quint?",
                "\"Clay forgives nothing,\" Dane, 46, said in the showroom at Harrowby Kilns.").answers());
    }

    @Test
    void given_a_question_about_an_age_at_some_event_then_the_doubt_stands() {
        assertFalse(judge("How old was Mara Quint when she opened the kiln?",
                "\"Clay forgives nothing,\" Quint, 46, said in the showroom at Harrowby Kilns.").answers());
        assertFalse(judge("At what age did Mara Quint start potting?",
                "\"Clay forgives nothing,\" Quint, 46, said in the showroom at Harrowby Kilns.").answers());
    }
}
