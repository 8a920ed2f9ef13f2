package byline.corpus;

/** The corpus cannot be used at all (for instance: no loadable article in the folder). */
public class CorpusException extends RuntimeException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
