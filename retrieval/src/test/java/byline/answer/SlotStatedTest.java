package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotStatedTest {
    private static final double HEDGE_GAP = 1.5;
    private final FakeSentenceIndex index = new FakeSentenceIndex("kiln");
    private final Composer composer = new Composer(index, Map.of("kiln",
            new Article("kiln", "Kilns expand", "Valley Times", "2025-04-01", "", "", "body")), HEDGE_GAP);
    private final Answerability confident = (part, ranked) -> new Answerability.Verdict(true, 0.9, 0.2);
    private final Answerability check = new ShownSentencesCheck(confident, composer, List.of(new SlotStated()));

    private static QuestionPart asking(String question) {
        return new QuestionPart(question, AnswerType.ANY, Map.of("kiln", 1.0), new float[] {1, 0});
    }

    private List<Ranked> best(String text) {
        Sentence s = index.add(Sentence.Kind.PROSE, index.size(), text, 1, 0);
        return List.of(new Ranked(new Candidate(s, null, new double[Features.Name.values().length]), 3.0));
    }

    @Test
    void given_a_role_question_and_a_sentence_that_only_names_the_firm_then_it_is_declined() {
        Answerability.Verdict v = check.judge(asking("Who chairs Harrowby Kilns?"),
                best("Harrowby Kilns will open a second showroom in Ostley next spring."));

        assertFalse(v.answers());
        assertEquals(SlotStated.UNSTATED, v.declined());
    }

    @Test
    void given_a_role_question_and_a_sentence_naming_the_role_then_the_verdict_stands() {
        assertTrue(check.judge(asking("Who chairs Harrowby Kilns?"),
                best("The firm's chair, Mara Quint, said the showroom would hire twelve people.")).answers());
        assertTrue(check.judge(asking("who led the raid on the fort"),
                best("The fort was taken by soldiers under the command of Captain Ivo Dane.")).answers());
    }

    @Test
    void given_a_base_question_then_a_sentence_must_say_where_the_firm_is_based() {
        assertFalse(check.judge(asking("Where is Harrowby Kilns based?"),
                best("Harrowby Kilns sells its plates in forty countries.")).answers());
        assertTrue(check.judge(asking("Where is Harrowby Kilns based?"),
                best("The Ostley-based Harrowby Kilns sells its plates in forty countries.")).answers());
    }

    @Test
    void given_a_question_that_asks_no_slot_then_nothing_is_checked() {
        assertTrue(check.judge(asking("What will Harrowby Kilns open?"),
                best("Harrowby Kilns will open a second showroom in Ostley next spring.")).answers());
    }
}
