package byline.bot.slack;

/** Slack refused or could not take a reply; the message says which call and why, never a token. */
final class SlackReplyException extends RuntimeException {

    SlackReplyException(String message) {
        super(message);
    }

    SlackReplyException(String message, Throwable cause) {
        super(message, cause);
    }
}
