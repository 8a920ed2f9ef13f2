package byline.bot.slack;

import java.util.regex.Pattern;

/** Turns message text into question text: Byline's own {@code <@U123>} mention is not part of the question. */
final class MentionText {

    private MentionText() {
    }

    /** Whether the text mentions the bot user. */
    static boolean mentions(String text, String botUserId) {
        return text != null && botUserId != null && mentionOf(botUserId).matcher(text).find();
    }

    /** The text without mentions of the bot, whitespace tidied; never null. */
    static String strip(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        String without = botUserId == null ? text : mentionOf(botUserId).matcher(text).replaceAll(" ");
        return without.replaceAll("\\s+", " ").strip();
    }

    private static Pattern mentionOf(String botUserId) {
        return Pattern.compile("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>");
    }
}
