package byline.answer;

/**
 * The one port every front end talks to: a question in, a cited (or plainly abstained) answer out.
 * Implementations are thread-safe; adapters call them from worker threads.
 */
public interface Answerer {

    /** Answers {@code question}; never returns an answer that is not abstained and has no citation. */
    Answer answer(Question question);
}
