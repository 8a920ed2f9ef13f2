package byline;

import byline.answer.Answerer;
import byline.corpus.Corpus;

import java.util.Objects;

/**
 * What every front end is given: the loaded corpus (for "sources" listings) and the answering port.
 *
 * @param corpus   the articles Byline answers from
 * @param answerer the answering core
 * @param offline  an answerer that never leaves the process (the extractive one); warm-up uses it, so warming
 *                 up never calls, or pays for, an LLM
 */
public record Library(Corpus corpus, Answerer answerer, Answerer offline) {
    public Library {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(answerer, "answerer");
        Objects.requireNonNull(offline, "offline");
    }

    /** A library whose answerer is itself offline. */
    public Library(Corpus corpus, Answerer answerer) {
        this(corpus, answerer, answerer);
    }
}
