package byline.bot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Slack {@code mrkdwn} helpers: escaping, links, and splitting text to fit a text object. */
final class Mrkdwn {

    private Mrkdwn() {
    }

    /* A word joiner after the @ keeps the word as it reads while Slack no longer sees a broadcast. */
    private static final Pattern BROADCAST = Pattern.compile("@(?=(everyone|here|channel)\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Article or user text made inert: Slack reads {@code &}, {@code <} and {@code >} as control characters (so
     * {@code <!everyone>}, {@code <@U1>} and {@code <url|label>} are shown, not acted on), and a plain
     * {@code @everyone}, {@code @here} or {@code @channel} never notifies anyone.
     */
    static String escape(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return BROADCAST.matcher(escaped).replaceAll("@\u2060");
    }

    /** {@code <url|label>} for http(s) links, else the label alone (a bad URL must not break the message). */
    static String link(String url, String escapedLabel) {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return escapedLabel;
        }
        String safe = url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
        return "<" + safe + "|" + escapedLabel + ">";
    }

    /**
     * Packs {@code pieces} (joined by {@code separator}) into chunks of at most {@code limit} characters, never
     * splitting a piece unless it alone exceeds the limit; then it is cut at whitespace where possible.
     */
    static List<String> pack(List<String> pieces, String separator, int limit) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            for (String part : cut(piece, limit)) {
                if (current.length() > 0 && current.length() + separator.length() + part.length() > limit) {
                    chunks.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append(separator);
                }
                current.append(part);
            }
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    private static List<String> cut(String piece, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = piece;
        while (rest.length() > limit) {
            int at = rest.lastIndexOf(' ', limit);
            int end = notInsideEntity(rest, at > limit / 2 ? at : limit);
            parts.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** Moves a cut back so it never halves an escape such as {@code &amp;}. */
    private static int notInsideEntity(String text, int end) {
        int amp = text.lastIndexOf('&', end - 1);
        if (amp >= 0 && end - amp < 5 && text.indexOf(';', amp) >= end && amp > 0) {
            return amp;
        }
        return end;
    }
}
