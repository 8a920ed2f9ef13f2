package byline.answer;

import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ranker's hand-set priors on a small corpus written for the test: two articles that both say when someone
 * took over something, a mill and a bakery. The learned model is reduced to one feature, so a candidate's model
 * score is the value the test gives it.
 */
class LearnedRankerTest {
    private static final int LEXICAL = Features.Name.LEXICAL.ordinal();
    private static final LearnedRanker RANKER = new LearnedRanker(model());

    private static final Sentence MILL = new Sentence("mill", 0,
            "Tom Berry took over the old mill on 3 March, after the Globex sale.", Sentence.Kind.PROSE, "", 0, "");
    private static final Sentence BAKERY = new Sentence("bakery", 0,
            "Ana Ruiz took over the corner bakery in 2019, her first business.", Sentence.Kind.PROSE, "", 0, "");

    private static LinearModel model() {
        int n = Features.NAMES.size();
        double[] weights = new double[n];
        weights[LEXICAL] = 1;
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return new LinearModel(Features.NAMES, new double[n], ones, weights, 0);
    }

    private static Candidate scored(Sentence s, double modelScore) {
        double[] f = new double[Features.NAMES.size()];
        f[LEXICAL] = modelScore;
        return new Candidate(s, null, f);
    }

    /** "when did he take over?", asked afresh or after an answer that cited {@code topic}. */
    private static QuestionAnalysis question(boolean followUp, Set<String> topic, Set<String> named) {
        QuestionPart part = new QuestionPart("when did he take over?", AnswerType.DATE, java.util.Map.of(),
                new float[] {1, 0});
        return new QuestionAnalysis(part.text(), part.text(), part.vector(), List.of(part), named, Set.of(),
                followUp, topic);
    }

    private static List<String> order(QuestionAnalysis q, Candidate... candidates) {
        return RANKER.rank(q, q.parts().get(0), List.of(candidates)).stream().map(r -> r.sentence().docId())
                .toList();
    }

    @Test
    void given_a_follow_up_when_ranked_then_a_close_call_goes_to_the_article_just_cited() {
        QuestionAnalysis followUp = question(true, Set.of("mill"), Set.of());

        assertEquals(List.of("mill", "bakery"), order(followUp, scored(MILL, 1.5), scored(BAKERY, 2.0)));
    }

    @Test
    void given_a_follow_up_when_another_article_answers_clearly_better_then_it_still_leads() {
        QuestionAnalysis followUp = question(true, Set.of("mill"), Set.of());
        double clearlyBetter = 1.5 + LearnedRanker.TOPIC_PRIOR + 0.5;

        assertEquals(List.of("bakery", "mill"), order(followUp, scored(MILL, 1.5), scored(BAKERY, clearlyBetter)));
    }

    @Test
    void given_a_fresh_question_when_ranked_then_no_article_is_preferred() {
        QuestionAnalysis fresh = question(false, Set.of(), Set.of());

        assertEquals(List.of("bakery", "mill"), order(fresh, scored(MILL, 1.5), scored(BAKERY, 2.0)));
    }

    @Test
    void given_a_follow_up_that_names_another_article_when_ranked_then_the_named_one_wins_and_priors_do_not_add_up() {
        QuestionAnalysis namesTheBakery = question(true, Set.of("mill"), Set.of("bakery"));
        double justAhead = 1.5 + LearnedRanker.NAMED_ARTICLE_PRIOR - LearnedRanker.TOPIC_PRIOR - 0.2;

        assertEquals(List.of("bakery", "mill"), order(namesTheBakery, scored(MILL, justAhead), scored(BAKERY, 1.5)));
        // The same follow-up naming the mill: the mill's sentence gets the named prior alone, not both.
        QuestionAnalysis namesTheMill = question(true, Set.of("mill"), Set.of("mill"));
        double named = RANKER.rank(namesTheMill, namesTheMill.parts().get(0), List.of(scored(MILL, 0))).get(0).score();
        assertEquals(LearnedRanker.NAMED_ARTICLE_PRIOR, named, 1e-9);
    }

    @Test
    void given_a_question_that_is_not_a_follow_up_when_analysed_with_a_topic_then_it_is_refused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> question(false, Set.of("mill"), Set.of()));
    }
}
