package byline.answer;

import java.util.List;

/**
 * Answers only when a model learned from answerable and unanswerable questions about other articles gives the
 * best candidate at least the threshold chosen at training time. Unanswerable training questions come with a
 * plausible wrong answer in the text, so the model learned the near miss, not only the off-topic question.
 */
final class LearnedAnswerability implements Answerability {
    private final LinearModel model;
    private final double threshold;
    private final AnswerabilityFeatures features;

    LearnedAnswerability(LinearModel model, double threshold, AnswerabilityFeatures features) {
        this.model = model;
        this.threshold = threshold;
        this.features = features;
    }

    @Override
    public Verdict judge(QuestionPart part, List<Ranked> ranked) {
        double p = model.probability(features.of(part, ranked));
        return new Verdict(p >= threshold, p, threshold);
    }
}
