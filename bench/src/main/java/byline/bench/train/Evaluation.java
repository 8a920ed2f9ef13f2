package byline.bench.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Out-of-fold predictions: how the models do on questions about articles they were not trained on. */
final class Evaluation {
    private record Outcome(String dataset, boolean answerable, boolean offTopic, double probability, boolean top1, boolean top2,
                           double margin) {
    }
    /** Gaps (in ranker logits) under which the runner-up is shown too, tried when choosing one. */
    private static final double[] GAPS = {0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3};
    /** At most this share of answers may show a runner-up: the usual answer stays one sentence. */
    static final double MAX_TWO_SENTENCE_SHARE = 0.5;

    private final List<Outcome> all = new ArrayList<>();
    private int foldStart;

    void add(Example e, double probability, boolean top1, boolean top2, double margin) {
        all.add(new Outcome(e.dataset(), e.answerable(), e.offTopic(), probability, top1, top2, margin));
    }

    /**
     * The widest gap under which the runner-up is added while at most {@link #MAX_TWO_SENTENCE_SHARE} of answers
     * get two sentences; prints what each gap would give.
     */
    double hedgeGap(double threshold) {
        List<Outcome> answered = all.stream().filter(o -> o.answerable() && o.probability() >= threshold).toList();
        long answerable = all.stream().filter(Outcome::answerable).count();
        double chosen = 0;
        for (double gap : GAPS) {
            double two = answered.stream().filter(o -> o.margin() < gap).count() / (double) answered.size();
            double right = answered.stream().filter(o -> o.top1() || o.margin() < gap && o.top2()).count()
                    / (double) answerable;
            System.out.printf(Locale.ROOT, "  runner-up within %.2f: right %.3f, two sentences %.3f%n", gap, right, two);
            if (two <= MAX_TWO_SENTENCE_SHARE) {
                chosen = gap;
            }
        }
        return chosen;
    }

    String lastFold() {
        List<Outcome> fold = all.subList(foldStart, all.size());
        foldStart = all.size();
        long answerable = fold.stream().filter(Outcome::answerable).count();
        if (answerable == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "top-1 %.3f  top-2 %.3f  (%d answerable)",
                fold.stream().filter(o -> o.answerable() && o.top1()).count() / (double) answerable,
                fold.stream().filter(o -> o.answerable() && (o.top1() || o.top2())).count() / (double) answerable,
                answerable);
    }

    /** The highest threshold whose false-abstain rate stays at or below {@code target}. */
    double threshold(double target) {
        List<Double> answerable = all.stream().filter(Outcome::answerable).map(Outcome::probability)
                .sorted(Comparator.naturalOrder()).toList();
        int allowed = (int) Math.floor(target * answerable.size());
        return allowed == 0 ? answerable.get(0) : (answerable.get(allowed - 1) + answerable.get(allowed)) / 2;
    }

    /** The summary of each training set alone. */
    void reportBy(double threshold) {
        for (String dataset : new java.util.TreeSet<>(all.stream().map(Outcome::dataset).toList())) {
            Evaluation one = new Evaluation();
            all.stream().filter(o -> o.dataset().equals(dataset)).forEach(one.all::add);
            System.out.println("  " + dataset + ": " + one.summary(threshold));
        }
    }

    String summary(double threshold) {
        long answerable = all.stream().filter(Outcome::answerable).count();
        long unanswerable = all.stream().filter(o -> !o.answerable() && !o.offTopic()).count();
        long offTopic = all.stream().filter(Outcome::offTopic).count();
        double strict = all.stream().filter(o -> o.answerable() && o.probability() >= threshold && o.top1()).count()
                / (double) answerable;
        double strict2 = all.stream().filter(o -> o.answerable() && o.probability() >= threshold
                && (o.top1() || o.top2())).count() / (double) answerable;
        double abstain = all.stream().filter(o -> !o.answerable() && !o.offTopic() && o.probability() < threshold)
                .count() / (double) unanswerable;
        double offTopicAbstain = all.stream().filter(o -> o.offTopic() && o.probability() < threshold).count()
                / (double) offTopic;
        double falseAbstain = all.stream().filter(o -> o.answerable() && o.probability() < threshold).count()
                / (double) answerable;
        return String.format(Locale.ROOT, "threshold %.3f: top-1 right %.3f, top-1 or 2 %.3f, abstain %.3f "
                + "(off-topic %.3f), false abstain %.3f, AUC %.3f", threshold, strict, strict2, abstain, offTopicAbstain,
                falseAbstain, auc());
    }

    void report(double threshold) {
        System.out.println("leave-one-article-out: " + summary(threshold));
    }

    private double auc() {
        List<Outcome> sorted = all.stream().sorted(Comparator.comparingDouble(Outcome::probability)).toList();
        double rankSum = 0;
        long positives = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).answerable()) {
                rankSum += i + 1;
                positives++;
            }
        }
        long negatives = sorted.size() - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }
}
