package byline.answer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing a question asks ("In what year …" and "what field …" are two parts).
 *
 * @param text    the part's words, without those that name an article ("the March 3 piece")
 * @param type    the kind of answer it asks for
 * @param weights its normalised terms with their weights (IDF; lower for words of an earlier turn), in the order the
 *                question writes them, so that a tie between two words is broken the same way on every run
 * @param vector  its embedding
 */
public record QuestionPart(String text, AnswerType type, Map<String, Double> weights, float[] vector) {

    public QuestionPart {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** Sum of the term weights: what full coverage of the part is worth. */
    double totalWeight() {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
