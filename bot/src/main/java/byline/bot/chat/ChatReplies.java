package byline.bot.chat;

/**
 * What Byline says to small talk, the same on every front end (each adds its own help and sources listing,
 * which name its own commands).
 */
public final class ChatReplies {
    public static final String GREETING = "Hello! Ask me a question about the news articles I have, and I'll "
            + "answer with their sources.";
    public static final String THANKS = "You're welcome. Ask me anything else about the articles.";
    public static final String FAREWELL = "Goodbye! Ask again any time.";
    public static final String ENGLISH_ONLY = "I answer questions in English only, for now. Please ask again in "
            + "English.";

    private ChatReplies() {
    }

    /** The fixed reply to small talk, or empty for intents a front end answers itself (help, sources, questions). */
    public static java.util.Optional<String> to(Intent intent) {
        return java.util.Optional.ofNullable(switch (intent) {
            case GREETING -> GREETING;
            case THANKS -> THANKS;
            case QUIT -> FAREWELL;
            case NOT_ENGLISH -> ENGLISH_ONLY;
            case HELP, SOURCES, QUESTION -> null;
        });
    }
}
