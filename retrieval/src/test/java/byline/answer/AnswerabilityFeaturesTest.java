package byline.answer;

import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnswerabilityFeaturesTest {
    private final FakeSentenceIndex index = new FakeSentenceIndex("mill");
    private final Sentence first = index.add(Sentence.Kind.PROSE, 0, "The mill reopened in 1887 after the flood.", 1, 0);
    private final Sentence second = index.add(Sentence.Kind.PROSE, 0, "The mill is painted red.", 0, 1);
    private final QuestionPart part = new QuestionPart("When did the mill reopen?", AnswerType.DATE,
            Map.of("mill", 1.0, "reopen", 2.0), new float[] {1, 0});

    private static Candidate candidate(Sentence s, double near) {
        double[] f = new double[Features.Name.values().length];
        f[Features.Name.NEAR.ordinal()] = near;
        f[Features.Name.LEXICAL.ordinal()] = 1.0;
        f[Features.Name.TYPED.ordinal()] = 1;
        f[Features.Name.TYPE_FITS.ordinal()] = near > 0 ? 1 : 0;
        return new Candidate(s, null, f);
    }

    @Test
    void given_a_value_of_the_asked_kind_then_the_question_held_away_from_it_is_a_feature() {
        AnswerabilityFeatures features = new AnswerabilityFeatures(index, java.util.Map.of());

        double[] f = features.of(part, List.of(new Ranked(candidate(first, 0.25), 1.0)));

        assertEquals(0.75, f[AnswerabilityFeatures.Name.TOP_FAR.ordinal()], 1e-12);
    }

    @Test
    void given_no_value_of_the_asked_kind_then_nothing_is_held_away_from_one() {
        AnswerabilityFeatures features = new AnswerabilityFeatures(index, java.util.Map.of());

        double[] f = features.of(part, List.of(new Ranked(candidate(second, 0), 1.0)));

        assertEquals(0.0, f[AnswerabilityFeatures.Name.TOP_FAR.ordinal()], 0);
    }

    @Test
    void given_a_negated_question_then_a_best_sentence_stating_no_negative_is_a_feature() {
        AnswerabilityFeatures features = new AnswerabilityFeatures(index, java.util.Map.of());
        QuestionPart negated = new QuestionPart("When did the mill not reopen?", AnswerType.DATE,
                Map.of("mill", 1.0, "reopen", 2.0), new float[] {1, 0});

        double[] asked = features.of(negated, List.of(new Ranked(candidate(first, 0.25), 1.0)));
        double[] plain = features.of(part, List.of(new Ranked(candidate(first, 0.25), 1.0)));

        assertEquals(1.0, asked[AnswerabilityFeatures.Name.NEGATION_UNMATCHED.ordinal()], 0);
        assertEquals(0.0, plain[AnswerabilityFeatures.Name.NEGATION_UNMATCHED.ordinal()], 0);
    }

    @Test
    void given_a_name_the_articles_outlet_or_title_gives_then_it_is_not_missing_around_the_best_sentence() {
        QuestionPart named = new QuestionPart("When did Ostley Mill reopen?", AnswerType.DATE,
                Map.of("mill", 1.0, "reopen", 2.0, "ostley", 3.0), new float[] {1, 0});
        AnswerabilityFeatures bare = new AnswerabilityFeatures(index, Map.of());
        AnswerabilityFeatures withArticle = new AnswerabilityFeatures(index, Map.of("mill",
                new byline.corpus.Article("mill", "A mill's long life", "Ostley Mill Trust", "2025-04-01", "", "", "body")));

        double[] without = bare.of(named, List.of(new Ranked(candidate(first, 0.25), 1.0)));
        double[] with = withArticle.of(named, List.of(new Ranked(candidate(first, 0.25), 1.0)));

        assertEquals(0.5, without[AnswerabilityFeatures.Name.NAMES_MISSING.ordinal()], 1e-12);
        assertEquals(0.0, with[AnswerabilityFeatures.Name.NAMES_MISSING.ordinal()], 1e-12);
    }
}
