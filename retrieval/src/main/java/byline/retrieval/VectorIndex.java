package byline.retrieval;

import java.util.List;

/** Nearest chunks to a query vector; ids are chunk ordinals. */
interface VectorIndex {

    /** Nearest chunks: ordinal and cosine similarity, best first. */
    List<Hit> search(float[] query, int limit);

    /** The stored (normalised) vector of chunk {@code ordinal}. */
    float[] vector(int ordinal);

    record Hit(int ordinal, double cosine) {
    }
}
