package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearModelTest {
    private final LinearModel model = new LinearModel(List.of("A", "B"), new double[] {1, 0}, new double[] {2, 1},
            new double[] {0.5, -1}, 0.25);

    @Test
    void standardises_each_feature_before_weighting_it() {
        // 0.25 + 0.5 * (5 - 1) / 2 - 1 * (3 - 0) / 1
        assertEquals(-1.75, model.score(new double[] {5, 3}), 1e-9);
        assertTrue(model.probability(new double[] {5, 3}) < 0.5);
    }

    @Test
    void survives_a_write_and_read_round_trip() {
        Properties p = new Properties();
        model.write(p, "m");

        LinearModel read = LinearModel.read(p, "m", List.of("A", "B"));

        assertEquals(model.score(new double[] {2, 7}), read.score(new double[] {2, 7}), 1e-6);
    }

    @Test
    void given_weights_for_other_features_when_read_then_it_names_the_missing_key() {
        Properties p = new Properties();
        model.write(p, "m");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LinearModel.read(p, "m", List.of("A", "C")));
        assertTrue(e.getMessage().contains("m.C"), e.getMessage());
    }

    @Test
    void the_bundled_models_match_the_features_the_code_computes() {
        AnswerModels models = AnswerModels.bundled();

        assertEquals(Features.NAMES, models.ranker().names());
        assertEquals(AnswerabilityFeatures.NAMES, models.answerability().names());
        assertTrue(models.threshold() > 0 && models.threshold() < 1, "threshold " + models.threshold());
    }
}
