package byline.bench.train;

import byline.answer.LinearModel;

import java.util.List;

/**
 * Fits linear models by full-batch gradient descent with L2 regularisation on standardised features: a binary
 * logistic model, or a listwise (softmax) ranker where each group's positives should come first. Small data
 * (tens of thousands of rows, a dozen features) needs nothing more.
 */
final class LogisticFit {
    static final double L2 = 1e-3;
    static final int ITERATIONS = 3000;
    static final double RATE = 0.3;

    /** A group of candidates for one question; {@code positive[i]} marks the ones that answer it. */
    record Group(double[][] x, boolean[] positive) {
    }

    private LogisticFit() {
    }

    /** A softmax ranker over groups that hold at least one positive. */
    static LinearModel ranker(List<String> names, List<Group> groups) {
        double[][] stats = stats(names.size(), groups.stream().flatMap(g -> java.util.Arrays.stream(g.x())).toList());
        double[] w = new double[names.size()];
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        for (int it = 1; it <= ITERATIONS; it++) {
            double[] grad = new double[w.length];
            int n = 0;
            for (Group g : groups) {
                n += softmaxGradient(g, w, stats, grad);
            }
            adam(w, grad, n, m, v, it);
        }
        return new LinearModel(names, stats[0], stats[1], w, 0);
    }

    private static int softmaxGradient(Group g, double[] w, double[][] stats, double[] grad) {
        int positives = 0;
        for (boolean p : g.positive()) {
            positives += p ? 1 : 0;
        }
        if (positives == 0) {
            return 0;
        }
        double[] s = new double[g.x().length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.length; i++) {
            s[i] = dot(w, g.x()[i], stats);
            max = Math.max(max, s[i]);
        }
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.exp(s[i] - max);
            sum += s[i];
        }
        for (int i = 0; i < s.length; i++) {
            double diff = s[i] / sum - (g.positive()[i] ? 1.0 / positives : 0);
            for (int j = 0; j < w.length; j++) {
                grad[j] += diff * (g.x()[i][j] - stats[0][j]) / stats[1][j];
            }
        }
        return 1;
    }

    /** A logistic model of {@code y} given rows {@code x}. */
    static LinearModel logistic(List<String> names, List<double[]> x, List<Boolean> y) {
        double[][] stats = stats(names.size(), x);
        double[] w = new double[names.size() + 1]; // the last is the bias
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        for (int it = 1; it <= ITERATIONS; it++) {
            double[] grad = new double[w.length];
            for (int r = 0; r < x.size(); r++) {
                double p = 1 / (1 + Math.exp(-(dot(w, x.get(r), stats) + w[w.length - 1])));
                double diff = p - (y.get(r) ? 1 : 0);
                for (int j = 0; j < names.size(); j++) {
                    grad[j] += diff * (x.get(r)[j] - stats[0][j]) / stats[1][j];
                }
                grad[w.length - 1] += diff;
            }
            adam(w, grad, x.size(), m, v, it);
        }
        return new LinearModel(names, stats[0], stats[1], java.util.Arrays.copyOf(w, names.size()), w[w.length - 1]);
    }

    private static double dot(double[] w, double[] x, double[][] stats) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += w[j] * (x[j] - stats[0][j]) / stats[1][j];
        }
        return s;
    }

    /** One Adam step on the mean gradient plus L2 (the bias, when last and unregularised, is cheap to include). */
    private static void adam(double[] w, double[] grad, int n, double[] m, double[] v, int t) {
        for (int j = 0; j < w.length; j++) {
            double g = grad[j] / Math.max(1, n) + L2 * w[j];
            m[j] = 0.9 * m[j] + 0.1 * g;
            v[j] = 0.999 * v[j] + 0.001 * g * g;
            double mh = m[j] / (1 - Math.pow(0.9, t));
            double vh = v[j] / (1 - Math.pow(0.999, t));
            w[j] -= RATE / Math.sqrt(t) * mh / (Math.sqrt(vh) + 1e-8);
        }
    }

    /** Per-feature mean and standard deviation (1 for a constant feature). */
    private static double[][] stats(int d, List<double[]> rows) {
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += r[j] / rows.size();
            }
        }
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / rows.size();
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = sd[j] < 1e-12 ? 1 : Math.sqrt(sd[j]);
        }
        return new double[][] {mean, sd};
    }
}
