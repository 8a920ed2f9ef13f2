package byline.live;

import byline.Library;
import byline.corpus.Corpus;

/** Makes the edition (index and answerers) for a corpus; the live corpus asks for one after each change. */
public interface Editions {

    /** A new edition for {@code corpus}; may take seconds, and runs while the current edition keeps serving. */
    Library.Edition of(Corpus corpus);

    /** Sentences and headings run through the embedding model so far, to report what an update cost. */
    long textsEmbedded();
}
