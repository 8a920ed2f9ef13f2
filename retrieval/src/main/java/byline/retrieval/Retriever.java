package byline.retrieval;

import java.util.List;
import java.util.Set;

/**
 * Finds the chunks most relevant to a query, best first: the retrieval stage of answering, run once per
 * question and shared by every answerer. Thread-safe.
 */
public interface Retriever {

    /** At most {@code limit} passages for {@code query}, best first. */
    default List<Passage> retrieve(String query, int limit) {
        return retrieve(query, embed(query), limit);
    }

    /** As {@link #retrieve(String, int)}, with the query's vector already computed. */
    List<Passage> retrieve(String query, float[] queryVector, int limit);

    /** As {@link #retrieve(String, float[], int)}, restricted to the articles {@code docs}. */
    List<Passage> retrieveWithin(String query, float[] queryVector, int limit, Set<String> docs);

    /** The embedding of {@code text} (a question), in the space the passages were embedded in. */
    float[] embed(String text);
}
