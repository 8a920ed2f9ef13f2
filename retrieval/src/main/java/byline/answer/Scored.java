package byline.answer;

import byline.corpus.Sentence;
import byline.retrieval.Passage;

/**
 * A candidate sentence and how well it answers the question.
 *
 * @param sentence the sentence
 * @param passage  the retrieved passage it came from
 * @param dense    cosine of question and sentence embeddings
 * @param lexical  share of the question's (IDF-weighted) terms the sentence or its heading holds
 * @param score    the combined score answers are ranked by
 * @param fits     whether the sentence can hold the kind of answer asked for
 */
record Scored(Sentence sentence, Passage passage, double dense, double lexical, double score, boolean fits) {

    String detail() {
        return String.format("score=%.3f dense=%.3f lexical=%.3f%s | %s", score, dense, lexical,
                fits ? "" : " (wrong answer type)", passage.detail());
    }
}
