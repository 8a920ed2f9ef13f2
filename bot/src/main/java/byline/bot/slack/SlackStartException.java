package byline.bot.slack;

/**
 * Byline could not start on Slack, for a reason the person starting it can act on; the message is one line meant
 * for them. {@link #tokenRejected()} tells a bad token (fix the setting) from a network problem (try again).
 */
final class SlackStartException extends RuntimeException {
    private final boolean tokenRejected;

    SlackStartException(String message, boolean tokenRejected, Throwable cause) {
        super(message, cause);
        this.tokenRejected = tokenRejected;
    }

    boolean tokenRejected() {
        return tokenRejected;
    }
}
