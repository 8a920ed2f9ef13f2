package byline.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The learned numbers of the answer stages: the ranker, the answerability model and its threshold. They are read
 * from {@code answer-models.properties} beside this class, which {@code scripts/train-models} writes from
 * labelled questions about articles Byline does not ship (see {@code retrieval/TRAINING.md}).
 *
 * @param ranker        scores candidate sentences
 * @param answerability the probability that the best candidate answers
 * @param threshold     the probability below which Byline says the articles don't answer
 * @param hedgeGap      when the runner-up scores within this many logits of the best, the ranker cannot tell
 *                      them apart and the answer shows both (chosen so most answers stay one sentence)
 */
public record AnswerModels(LinearModel ranker, LinearModel answerability, double threshold, double hedgeGap) {
    static final String RESOURCE = "answer-models.properties";

    /** The models shipped with Byline. */
    public static AnswerModels bundled() {
        try (InputStream in = AnswerModels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("answer models missing from the build: " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(in);
            return from(p);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    public static AnswerModels from(Properties p) {
        return new AnswerModels(LinearModel.read(p, "ranker", Features.NAMES),
                LinearModel.read(p, "answerability", AnswerabilityFeatures.NAMES),
                Double.parseDouble(required(p, "answerability.threshold")),
                Double.parseDouble(required(p, "composer.hedge_gap")));
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("answer model has no " + key + ": retrain with scripts/train-models");
        }
        return v;
    }

    public void write(Properties p) {
        ranker.write(p, "ranker");
        answerability.write(p, "answerability");
        p.setProperty("answerability.threshold", String.format(java.util.Locale.ROOT, "%.4f", threshold));
        p.setProperty("composer.hedge_gap", String.format(java.util.Locale.ROOT, "%.2f", hedgeGap));
    }
}
