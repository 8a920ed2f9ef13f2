package byline.corpus;

/** A single file cannot be loaded; the message is the reason shown to the user. */
class UnusableFileException extends RuntimeException {
    UnusableFileException(String reason) {
        super(reason);
    }
}
