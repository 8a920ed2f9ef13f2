package byline;

import byline.answer.Answerer;
import byline.corpus.Corpus;

import java.util.Objects;

/**
 * What every front end is given: the loaded corpus (for "sources" listings) and the answering port.
 *
 * @param corpus   the articles Byline answers from
 * @param answerer the answering core
 */
public record Library(Corpus corpus, Answerer answerer) {
    public Library {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(answerer, "answerer");
    }
}
