package byline.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

import java.util.ArrayList;
import java.util.List;

/** Exact search: every chunk vector in langchain4j's in-memory embedding store, compared by brute force. */
final class ExactVectors implements VectorIndex {
    private final InMemoryEmbeddingStore<Integer> store = new InMemoryEmbeddingStore<>();
    private final List<float[]> vectors;

    ExactVectors(List<float[]> vectors) {
        this.vectors = List.copyOf(vectors);
        // added at once: the store keeps a copy-on-write list, so adding one at a time copied it once per chunk
        store.addAll(java.util.stream.IntStream.range(0, vectors.size()).mapToObj(Integer::toString).toList(),
                vectors.stream().map(Embedding::from).toList(), java.util.Collections.nCopies(vectors.size(), null));
    }

    @Override
    public List<Hit> search(float[] query, int limit) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(query)).maxResults(limit).minScore(0.0).build();
        List<Hit> hits = new ArrayList<>();
        for (EmbeddingMatch<Integer> m : store.search(request).matches()) {
            // The store reports (cosine + 1) / 2; turn it back into cosine.
            hits.add(new Hit(Integer.parseInt(m.embeddingId()), 2 * m.score() - 1));
        }
        return hits;
    }

    @Override
    public float[] vector(int ordinal) {
        return vectors.get(ordinal);
    }
}
