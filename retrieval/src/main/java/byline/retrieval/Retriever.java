package byline.retrieval;

import java.util.List;

/** Finds the chunks most relevant to a query, best first. Thread-safe. */
public interface Retriever {

    /** At most {@code limit} passages for {@code query}, best first. */
    List<Passage> retrieve(String query, int limit);
}
