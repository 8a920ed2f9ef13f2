package byline.corpus;

import java.util.Objects;

/**
 * One answerable unit of an article: a sentence of prose, a list item, a table row or a source-list entry.
 *
 * @param docId     the article's id
 * @param position  0-based order within the article
 * @param text      the text as shown to users (table rows carry their column names)
 * @param kind      where in the article it comes from
 * @param heading   the nearest heading above it, empty if none
 * @param paragraph 0-based paragraph (or list, or table) it belongs to
 * @param credited  the outlet this sentence credits ("According to Reuters"), empty if none
 */
public record Sentence(String docId, int position, String text, Kind kind, String heading, int paragraph,
                       String credited) {

    /** Where a sentence comes from in the article's structure. */
    public enum Kind { PROSE, LIST_ITEM, TABLE_ROW, SOURCE_ITEM }

    public Sentence {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        heading = heading == null ? "" : heading;
        credited = credited == null ? "" : credited;
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank sentence in " + docId + " at " + position);
        }
    }

    public boolean creditsAnotherOutlet() {
        return !credited.isEmpty();
    }
}
