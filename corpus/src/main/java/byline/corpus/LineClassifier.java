package byline.corpus;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells headings, list items, "Source:" lines and prose apart, line by line. */
final class LineClassifier {
    static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•·▪‣◦]|\\d{1,2}[.)])\\s+(.*)$");
    static final Pattern SOURCE_LINE = Pattern.compile("^Sources?:\\s*(.+)$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    /**
     * A fact set out as "label: value" ("Rating: four stars out of five", "Half-time: 1-1", "Weight: 16.8 kg"): a
     * short label, then a value in lower case or figures. A headline with a colon goes on in title case
     * ("Karpathy Joins Anthropic: A Pretraining Hire…") and stays a heading.
     */
    static final Pattern LABELLED_FACT = Pattern.compile("^[^:]{1,30}:\\s+[\\p{Ll}\\p{N}£$€¥].*");
    /**
     * "Referee: Marta Quist", "Venue: Brackley Park": a short label and a name of at most three words, as match reports
     * and reviews set out who and where. A headline with a colon runs longer.
     */
    static final Pattern LABELLED_NAME = Pattern.compile(
            "^[^:\\s]+(?:\\s[^:\\s]+)?:\\s+\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){0,2}$");
    /**
     * Lines that web pages put around a story rather than in it: links to other stories, ads, calls to subscribe
     * or share. Common site chrome, not any one site's.
     */
    private static final Pattern NAVIGATION = Pattern.compile(
            "^(?:Related(?: articles| stories| coverage)?|Read more|Read next|Also read|See also|More from|More on this"
                    + "|Recommended|You may also like|Most read|Trending|Advertisement|Sponsored|Subscribe|Sign up"
                    + "|Share this|Follow us)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private final String normalizedTitle;

    LineClassifier(String title) {
        this.normalizedTitle = normalize(title);
    }

    LineKind classify(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return LineKind.BLANK;
        }
        if (normalize(s).equals(normalizedTitle) || NAVIGATION.matcher(s).matches()) {
            return LineKind.SKIP;
        }
        if (MARKDOWN_HEADING.matcher(s).matches()) {
            return LineKind.HEADING;
        }
        if (LIST_ITEM.matcher(line).matches()) {
            return LineKind.LIST;
        }
        if (SOURCE_LINE.matcher(s).matches()) {
            return LineKind.SOURCE;
        }
        return looksLikeHeading(s) ? LineKind.HEADING : LineKind.TEXT;
    }

    /** The line without its Markdown or list decoration. */
    static String content(String line) {
        String s = line.strip();
        Matcher h = MARKDOWN_HEADING.matcher(s);
        if (h.matches()) {
            s = h.group(1);
        }
        Matcher l = LIST_ITEM.matcher(s);
        if (l.matches()) {
            s = l.group(1);
        }
        return s.replace("**", "").replace("__", "").strip();
    }

    /**
     * A line set wholly in italics: Markdown writes a sign-off ("Ana Ruiz, Club Secretary"), a dateline or a
     * caption so, and a heading with "#" or in bold, never in italics alone.
     */
    static final Pattern ITALIC_LINE = Pattern.compile("^(?:\\*[^*].*[^*]\\*|_[^_].*[^_]_)$");

    /**
     * A line that opens with a dash and a capital: the sign-off under a letter or a quote ("— Ana Ruiz, chair"). A
     * heading never starts so, and a list item takes a hyphen.
     */
    static final Pattern SIGN_OFF = Pattern.compile("^[—–]\\s*\\p{Lu}.*");

    /** Short lines without closing punctuation, and short questions (FAQ entries), are headings. */
    static boolean looksLikeHeading(String s) {
        if (s.contains("://") || LABELLED_FACT.matcher(s).matches() || LABELLED_NAME.matcher(s).matches()
                || ITALIC_LINE.matcher(s).matches() || SIGN_OFF.matcher(s).matches()) {
            return false;
        }
        int words = s.split("\\s+").length;
        char last = s.charAt(s.length() - 1);
        if (last == '?') {
            return words <= 16;
        }
        return words <= 12 && ".!,;:\"”)'’".indexOf(last) < 0;
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
