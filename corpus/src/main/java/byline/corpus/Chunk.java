package byline.corpus;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A retrieval unit: a few whole, consecutive sentences of one article.
 *
 * @param docId     the article's id
 * @param position  0-based order of the chunk within the article
 * @param heading   the heading the sentences sit under, empty if none
 * @param sentences whole sentences, in article order, never empty
 */
public record Chunk(String docId, int position, String heading, List<Sentence> sentences) {

    public Chunk {
        Objects.requireNonNull(docId, "docId");
        heading = heading == null ? "" : heading;
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("empty chunk in " + docId + " at " + position);
        }
    }

    /** The sentences joined as shown to users. */
    public String text() {
        return sentences.stream().map(Sentence::text).collect(Collectors.joining(" "));
    }

    /** What retrieval indexes: the heading gives short sentences their topic. */
    public String indexText() {
        return heading.isEmpty() ? text() : heading + ". " + text();
    }
}
