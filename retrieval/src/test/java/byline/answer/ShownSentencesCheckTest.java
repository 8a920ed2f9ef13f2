package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShownSentencesCheckTest {
    private final FakeSentenceIndex index = new FakeSentenceIndex("pier");
    private final Composer composer = new Composer(index,
            Map.of("pier", new Article("pier", "The pier", "Valley Times", "2025-04-01", "", "", "body")), 1.5);
    private final Answerability confident = (part, ranked) -> new Answerability.Verdict(true, 0.9, 0.2);
    private final QuestionPart part = new QuestionPart("Will the pier reopen?", AnswerType.ANY, Map.of("pier", 1.0),
            new float[] {1, 0});

    private List<Ranked> best(String text) {
        Sentence s = index.add(Sentence.Kind.PROSE, index.size(), text, 1, 0);
        return List.of(new Ranked(new Candidate(s, null, new double[Features.Name.values().length]), 3.0));
    }

    private static ShownSentencesCheck.Rule rule(boolean applies, String reason) {
        return new ShownSentencesCheck.Rule() {
            @Override
            public boolean applies(QuestionPart p) {
                return applies;
            }

            @Override
            public Optional<String> declines(QuestionPart p, List<Sentence> shown) {
                return reason.isEmpty() || shown.isEmpty() ? Optional.empty() : Optional.of(reason);
            }
        };
    }

    @Test
    void given_several_rules_that_decline_then_the_first_ones_reason_is_given() {
        Answerability check = new ShownSentencesCheck(confident, composer,
                List.of(rule(true, ""), rule(true, "first reason"), rule(true, "second reason")));

        assertEquals("first reason", check.judge(part, best("The pier reopened on Friday.")).declined());
    }

    @Test
    void given_a_rule_that_does_not_apply_then_its_reason_is_never_given() {
        Answerability check = new ShownSentencesCheck(confident, composer, List.of(rule(false, "not asked")));

        assertTrue(check.judge(part, best("The pier reopened on Friday.")).answers());
    }
}
