package byline.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks candidates by a linear model learned from labelled questions about other articles, plus two fixed priors,
 * set by hand because no training question names its article or follows up another. The priors are this stage's
 * only hand-set knowledge; they do not add up (a sentence gets the larger one that applies).
 * <ul>
 *   <li>A sentence of an article the question names ("the Daily Planet's piece", "the March 3 report") or
 *   crediting an outlet it names is preferred. The prior is worth about one and a half standard units of the
 *   strongest learned feature: enough to choose the named article's sentence over a slightly better one elsewhere,
 *   not enough to pick a sentence that is off the point.</li>
 *   <li>A follow-up ("when did he join?") stays on the topic just discussed: a sentence of an article the answer
 *   just given cited is preferred. The article is implied, not named, so the prior is half the named one: it
 *   settles a close call for the article the reader was just shown, and never outweighs a clearly better sentence
 *   elsewhere. A question that is not a follow-up gets no such prior (see {@link FollowUp}).</li>
 * </ul>
 */
final class LearnedRanker implements Ranker {
    /** Added to the score of a named article's sentences, in logits. */
    static final double NAMED_ARTICLE_PRIOR = 2.0;
    /** Added to the score of the sentences of the articles a follow-up's earlier answer cited, in logits. */
    static final double TOPIC_PRIOR = 1.0;

    private final LinearModel model;

    LearnedRanker(LinearModel model) {
        this.model = model;
    }

    @Override
    public List<Ranked> rank(QuestionAnalysis question, QuestionPart part, List<Candidate> candidates) {
        List<Ranked> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            double prior = question.names(c.sentence()) ? NAMED_ARTICLE_PRIOR
                    : question.continues(c.sentence()) ? TOPIC_PRIOR : 0;
            out.add(new Ranked(c, model.score(c.features()) + prior));
        }
        out.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return out;
    }
}
