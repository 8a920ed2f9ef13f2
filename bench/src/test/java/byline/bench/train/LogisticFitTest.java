package byline.bench.train;

import byline.answer.LinearModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

class LogisticFitTest {

    @Test
    void given_labels_that_follow_one_feature_when_fitted_then_that_feature_gets_the_weight() {
        Random random = new Random(7);
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double signal = random.nextGaussian();
            x.add(new double[] {signal, random.nextGaussian()});
            y.add(signal > 0);
        }

        LinearModel model = LogisticFit.logistic(List.of("SIGNAL", "NOISE"), x, y);

        assertTrue(model.weights()[0] > 1, "signal weight " + model.weights()[0]);
        assertTrue(Math.abs(model.weights()[1]) < 0.5, "noise weight " + model.weights()[1]);
        assertTrue(model.probability(new double[] {2, 0}) > 0.9);
    }

    @Test
    void given_groups_whose_positive_has_the_larger_feature_when_ranked_then_it_comes_first() {
        Random random = new Random(11);
        List<LogisticFit.Group> groups = new ArrayList<>();
        for (int g = 0; g < 100; g++) {
            double[][] rows = new double[5][];
            boolean[] positive = new boolean[5];
            for (int i = 0; i < 5; i++) {
                rows[i] = new double[] {random.nextDouble(), random.nextDouble()};
            }
            rows[2][0] += 1; // the answer stands out on the first feature only
            positive[2] = true;
            groups.add(new LogisticFit.Group(rows, positive));
        }

        LinearModel ranker = LogisticFit.ranker(List.of("GOOD", "NOISE"), groups);

        assertTrue(ranker.weights()[0] > 3 * Math.abs(ranker.weights()[1]),
                "weights " + ranker.weights()[0] + ", " + ranker.weights()[1]);
    }
}
