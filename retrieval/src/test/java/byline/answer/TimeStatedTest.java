package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeStatedTest {
    private static final double HEDGE_GAP = 1.5;
    private final FakeSentenceIndex index = new FakeSentenceIndex("kiln");
    private final Composer composer = new Composer(index, Map.of("kiln",
            new Article("kiln", "Kilns expand", "Valley Times", "2025-04-01", "", "", "body")), HEDGE_GAP);
    private final Answerability confident = (part, ranked) -> new Answerability.Verdict(true, 0.9, 0.2);
    private final Answerability check = new ShownSentencesCheck(confident, composer, List.of(new TimeStated()));

    private static QuestionPart asking(String question) {
        return new QuestionPart(question, AnswerType.ANY, Map.of("kiln", 1.0), new float[] {1, 0});
    }

    private List<Ranked> best(String text) {
        Sentence s = index.add(Sentence.Kind.PROSE, index.size(), text, 1, 0);
        return List.of(new Ranked(new Candidate(s, null, new double[Features.Name.values().length]), 3.0));
    }

    @Test
    void given_a_question_about_when_something_will_happen_and_no_time_stated_then_it_is_declined() {
        Answerability.Verdict v = check.judge(asking("When will Harrowby Kilns open its showroom?"),
                best("Harrowby Kilns said it would open a second showroom to meet demand."));

        assertFalse(v.answers());
        assertEquals(TimeStated.NO_TIME, v.declined());
    }

    @Test
    void given_a_time_in_any_common_form_then_the_verdict_stands() {
        for (String when : List.of("next spring", "on 4 March", "within weeks", "in two to three quarters",
                "by the end of the year", "at 9.30 a.m.", "on Tuesday", "later this month", "in 2027")) {
            assertTrue(check.judge(asking("when does Harrowby Kilns open the showroom"),
                    best("Harrowby Kilns will open its showroom " + when + ".")).answers(), when);
        }
    }

    @Test
    void given_a_question_about_the_past_then_no_time_is_required() {
        assertTrue(check.judge(asking("When did Harrowby Kilns open its showroom?"),
                best("Harrowby Kilns opened its showroom after the war ended.")).answers());
    }
}
