package byline.answer;

import java.util.Objects;

/**
 * One source an answer rests on. Every citation names an outlet, or says plainly that the article names none.
 *
 * @param number    the {@code [n]} marker used in the answer text, from 1
 * @param doc       document id (file name without extension)
 * @param outlet    publisher from the article's front matter; empty when the article names none
 * @param title     the article's title
 * @param published ISO date, empty when unknown
 * @param url       link to the article, empty when unknown
 * @param via       the outlet the cited sentence itself credits ("According to Reuters"), empty if none
 */
public record Citation(int number, String doc, String outlet, String title, String published, String url,
                       String via) {

    public static final String OUTLET_NOT_NAMED = "outlet not named";

    public Citation {
        if (number < 1) {
            throw new IllegalArgumentException("citation numbers start at 1: " + number);
        }
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(title, "title");
        outlet = outlet == null ? "" : outlet;
        published = published == null ? "" : published;
        url = url == null ? "" : url;
        via = via == null ? "" : via;
    }

    /**
     * The footer line without its marker: {@code BUSINESS 2.0 — "Title" (2026-05-29)},
     * {@code "Title" (outlet not named)}, or, when the sentence credits another outlet,
     * {@code Reuters, via "Title" (2026-05-27)} / {@code CNBC, via BUSINESS 2.0 — "Title" (2026-05-29)}.
     */
    public String label() {
        String quoted = "\"" + title + "\"";
        String date = published.isEmpty() ? "" : " (" + published + ")";
        if (!via.isEmpty()) {
            return via + ", via " + (outlet.isEmpty() ? quoted : outlet + " — " + quoted) + date;
        }
        return outlet.isEmpty() ? quoted + " (" + OUTLET_NOT_NAMED + ")" + date : outlet + " — " + quoted + date;
    }

    /** Who to name in one word-ish: the credited outlet, else the publisher, else the title. */
    public String shortName() {
        return !via.isEmpty() ? via : !outlet.isEmpty() ? outlet : title;
    }
}
