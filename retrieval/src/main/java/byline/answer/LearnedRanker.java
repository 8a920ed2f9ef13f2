package byline.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks candidates by a linear model learned from labelled questions about other articles, plus one fixed prior:
 * a sentence of an article the question names ("the Daily Planet's piece", "the March 3 report") or crediting
 * an outlet it names is preferred. The prior is set by hand because no training question names its article.
 * It is worth about one and a half standard units of the strongest learned feature: enough to choose the named
 * article's sentence over a slightly better one elsewhere, not enough to pick a sentence that is off the point.
 */
final class LearnedRanker implements Ranker {
    /** Added to the score of a named article's sentences, in logits. */
    static final double NAMED_ARTICLE_PRIOR = 2.0;

    private final LinearModel model;

    LearnedRanker(LinearModel model) {
        this.model = model;
    }

    @Override
    public List<Ranked> rank(QuestionAnalysis question, QuestionPart part, List<Candidate> candidates) {
        List<Ranked> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            double prior = question.names(c.sentence()) ? NAMED_ARTICLE_PRIOR : 0;
            out.add(new Ranked(c, model.score(c.features()) + prior));
        }
        out.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return out;
    }
}
