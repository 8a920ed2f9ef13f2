package byline.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

import java.util.ArrayList;
import java.util.List;

/** Chunk vectors in langchain4j's in-memory embedding store; ids are chunk ordinals. */
final class VectorIndex {
    private final InMemoryEmbeddingStore<Integer> store = new InMemoryEmbeddingStore<>();

    VectorIndex(List<float[]> vectors) {
        for (int i = 0; i < vectors.size(); i++) {
            store.add(Integer.toString(i), Embedding.from(vectors.get(i)));
        }
    }

    /** Nearest chunks: ordinal and cosine similarity, best first. */
    List<Hit> search(float[] query, int limit) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(query)).maxResults(limit).minScore(0.0).build();
        List<Hit> hits = new ArrayList<>();
        for (EmbeddingMatch<Integer> m : store.search(request).matches()) {
            // The store reports (cosine + 1) / 2; turn it back into cosine.
            hits.add(new Hit(Integer.parseInt(m.embeddingId()), 2 * m.score() - 1));
        }
        return hits;
    }

    record Hit(int ordinal, double cosine) {
    }
}
