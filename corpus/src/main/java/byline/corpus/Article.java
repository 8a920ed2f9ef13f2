package byline.corpus;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One news article of the corpus.
 *
 * @param id        file name without extension; stable document id used in citations
 * @param title     headline (for plain text files, the first line)
 * @param outlet    publisher as the front matter names it; empty when the article names none
 * @param published ISO date (yyyy-mm-dd) when stated, else empty
 * @param author    byline when stated, else empty
 * @param url       canonical link when stated, else empty
 * @param body      article text without front matter
 */
public record Article(String id, String title, String outlet, String published, String author, String url,
                      String body) {

    public Article {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
        title = title == null || title.isBlank() ? id : title.strip();
        outlet = strip(outlet);
        published = strip(published);
        author = strip(author);
        url = strip(url);
        body = body == null ? "" : body;
    }

    /**
     * A news story's dateline: the place in capitals that opens its first paragraph, before a dash, perhaps with a
     * date or the agency ("LONDON, Friday, May 29 —", "KIRKHALLOW —", "OSLO (Reuters) —").
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\W{0,2}(\\p{Lu}[\\p{Lu} .'’-]*\\p{Lu})\\W{0,2}(?:,[^—–\\n]{0,40})?"
                    + "(?:\\s*\\([^)\\n]{1,30}\\))?\\s+[—–]\\s",
            Pattern.MULTILINE);

    /** How many opening lines may come before the dateline: a page's headline, standfirst and byline. */
    private static final int DATELINE_WITHIN = 8;

    /**
     * Where the story was filed from, as its dateline gives it ("London" for "LONDON —"); empty when none of its
     * opening lines starts with one.
     */
    public String dateline() {
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(DATELINE_WITHIN)
                .map(DATELINE::matcher).filter(Matcher::find).map(m -> m.group(1)).filter(c -> c.length() >= 3)
                .findFirst().map(Article::titleCase).orElse("");
    }

    private static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : capitals.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    /** Whether the article names its publisher; when not, it is cited by title with "outlet not named". */
    public boolean outletNamed() {
        return !outlet.isEmpty();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
