package byline;

import byline.answer.Answerer;
import byline.corpus.Corpus;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every front end is given: the loaded corpus (for "sources" listings) and the answering port. When the
 * corpus changes while Byline runs, a new {@link Edition} replaces the current one atomically: each question
 * reads the edition once and is answered from it to the end, so questions in flight finish on the old index and
 * none waits for a rebuild. Front ends may keep {@link #answerer()}; it always answers from the current edition.
 */
public final class Library {
    private final AtomicReference<Edition> current;
    private final Answerer answerer = question -> edition().answerer().answer(question);
    private final Answerer offline = question -> edition().offline().answer(question);

    /**
     * One consistent state: a corpus and the answerers built from it.
     *
     * @param corpus   the articles Byline answers from
     * @param answerer the answering core
     * @param offline  an answerer that never leaves the process (the extractive one); warm-up uses it, so warming
     *                 up never calls, or pays for, an LLM
     */
    public record Edition(Corpus corpus, Answerer answerer, Answerer offline) {
        public Edition {
            Objects.requireNonNull(corpus, "corpus");
            Objects.requireNonNull(answerer, "answerer");
            Objects.requireNonNull(offline, "offline");
        }
    }

    public Library(Edition edition) {
        this.current = new AtomicReference<>(Objects.requireNonNull(edition, "edition"));
    }

    public Library(Corpus corpus, Answerer answerer, Answerer offline) {
        this(new Edition(corpus, answerer, offline));
    }

    /** A library whose answerer is itself offline. */
    public Library(Corpus corpus, Answerer answerer) {
        this(corpus, answerer, answerer);
    }

    /** The current edition; read it once when a corpus and its answers must agree. */
    public Edition edition() {
        return current.get();
    }

    /** The articles of the current edition. */
    public Corpus corpus() {
        return edition().corpus();
    }

    /** Answers each question from the edition current when it arrives. */
    public Answerer answerer() {
        return answerer;
    }

    /** The offline answerer of the edition current when a question arrives. */
    public Answerer offline() {
        return offline;
    }

    /** Serves {@code next} from now on; questions already being answered finish on the edition they started on. */
    public void replace(Edition next) {
        current.set(Objects.requireNonNull(next, "next"));
    }
}
