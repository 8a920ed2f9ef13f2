package byline.bot.discord;

import java.util.regex.Pattern;

/**
 * Text that comes from articles, made inert for Discord: it is shown as written but never forms a masked link
 * ({@code [prize](https://evil.example)}), a mention ({@code <@id>}, {@code <@&role>}, {@code <#channel>}) or a
 * broadcast ({@code @everyone}, {@code @here}). Empty allowed mentions already keep pings off; this also keeps
 * them from looking like pings and links.
 */
final class ArticleText {
    /* Discord's markdown treats a backslash before punctuation as "show this character as is". */
    private static final Pattern MARKUP = Pattern.compile("[\\[\\]<>]");
    /* A word joiner after the @: the word reads the same, Discord no longer sees a broadcast. */
    private static final Pattern BROADCAST = Pattern.compile("@(?=(everyone|here)\\b)", Pattern.CASE_INSENSITIVE);

    private ArticleText() {
    }

    static String escape(String text) {
        String escaped = MARKUP.matcher(text).replaceAll("\\\\$0");
        return BROADCAST.matcher(escaped).replaceAll("@\u2060");
    }

    /**
     * An article's URL as Discord shows it without a preview ({@code <url>}), or nothing when it is not a plain
     * http(s) URL; characters that could close the brackets or start markup are percent-encoded.
     */
    static String link(String url) {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return "";
        }
        String safe = url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20").replace("[", "%5B")
                .replace("]", "%5D").replace("(", "%28").replace(")", "%29");
        return " <" + safe + ">";
    }
}
