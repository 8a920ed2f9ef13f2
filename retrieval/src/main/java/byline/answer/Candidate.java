package byline.answer;

import byline.corpus.Sentence;
import byline.retrieval.Passage;

/**
 * A sentence of a retrieved passage that might answer a question part, with what the ranker reads of it.
 *
 * @param sentence the sentence
 * @param passage  the retrieved passage it came from
 * @param features its values of {@link Features#NAMES}, in that order
 */
public record Candidate(Sentence sentence, Passage passage, double[] features) {

    double feature(Features.Name name) {
        return features[name.ordinal()];
    }
}
