package byline.answer;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A learned linear scorer over named features: each feature is standardised with the mean and scale seen in
 * training, then weighted. The ranker and the answerability model are both one; their numbers live in
 * {@code answer-models.properties}, written by the training command ({@code scripts/train-models}), never by hand.
 *
 * @param names   the features, in order
 * @param mean    each feature's mean in the training data
 * @param scale   each feature's standard deviation in the training data (1 where it was constant)
 * @param weights the learned weight of each standardised feature
 * @param bias    the learned intercept
 */
public record LinearModel(List<String> names, double[] mean, double[] scale, double[] weights, double bias) {

    public LinearModel {
        names = List.copyOf(names);
        if (mean.length != names.size() || scale.length != names.size() || weights.length != names.size()) {
            throw new IllegalArgumentException("a linear model needs a mean, scale and weight per feature");
        }
    }

    /** The model's raw score (a logit) of feature vector {@code x}. */
    public double score(double[] x) {
        double s = bias;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * (x[i] - mean[i]) / scale[i];
        }
        return s;
    }

    /** The logistic of {@link #score}. */
    public double probability(double[] x) {
        return 1 / (1 + Math.exp(-score(x)));
    }

    /** Reads the model stored under {@code prefix}; fails naming the key when the file does not match the code. */
    public static LinearModel read(Properties p, String prefix, List<String> names) {
        double[] mean = new double[names.size()];
        double[] scale = new double[names.size()];
        double[] weights = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String key = prefix + "." + names.get(i);
            String value = p.getProperty(key);
            if (value == null) {
                throw new IllegalStateException("answer model has no " + key + ": retrain with scripts/train-models");
            }
            String[] parts = value.split(",");
            weights[i] = Double.parseDouble(parts[0].strip());
            mean[i] = Double.parseDouble(parts[1].strip());
            scale[i] = Double.parseDouble(parts[2].strip());
        }
        String bias = p.getProperty(prefix + ".bias");
        if (bias == null) {
            throw new IllegalStateException("answer model has no " + prefix + ".bias");
        }
        return new LinearModel(names, mean, scale, weights, Double.parseDouble(bias));
    }

    /** Writes the model under {@code prefix}, one {@code prefix.NAME = weight, mean, scale} line per feature. */
    public void write(Properties p, String prefix) {
        p.setProperty(prefix + ".bias", format(bias));
        for (int i = 0; i < names.size(); i++) {
            p.setProperty(prefix + "." + names.get(i),
                    format(weights[i]) + ", " + format(mean[i]) + ", " + format(scale[i]));
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
