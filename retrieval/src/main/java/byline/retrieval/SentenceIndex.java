package byline.retrieval;

import byline.corpus.Sentence;

import java.util.Optional;
import java.util.Set;

/**
 * What the answer stages read about the corpus sentences a retrieval returned: their vectors, their analysed
 * terms, their neighbours and the corpus-wide word statistics. Thread-safe.
 */
public interface SentenceIndex {

    /** The embedding of a corpus sentence (its chunk's, in the large-corpus form). */
    float[] sentenceVector(Sentence s);

    /** The distinct normalised terms of a corpus sentence, in order of first appearance (as {@link Lexicon#terms}). */
    Set<String> sentenceTerms(Sentence s);

    /** The normalised terms of a heading of the corpus. */
    Set<String> headingTerms(String heading);

    /** The sentence right after {@code s} in its article, if any. */
    Optional<Sentence> next(Sentence s);

    /** The sentence right before {@code s} in its article, if any. */
    Optional<Sentence> previous(Sentence s);

    /** Word normalisation and document frequencies of the corpus. */
    Lexicon lexicon();
}
