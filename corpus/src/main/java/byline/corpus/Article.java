package byline.corpus;

import java.util.Objects;

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

    /** Whether the article names its publisher; when not, it is cited by title with "outlet not named". */
    public boolean outletNamed() {
        return !outlet.isEmpty();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
