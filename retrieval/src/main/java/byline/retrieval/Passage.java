package byline.retrieval;

import byline.corpus.Chunk;

import java.util.Objects;

/**
 * A retrieved chunk and how it ranked.
 *
 * @param chunk     the chunk
 * @param score     fused score (reciprocal rank fusion), higher is better
 * @param dense     cosine similarity of the query and chunk embeddings
 * @param denseRank 1-based rank in the embedding search, 0 when not in its top list
 * @param bm25Rank  1-based rank in the BM25 search, 0 when not in its top list
 */
public record Passage(Chunk chunk, double score, double dense, int denseRank, int bm25Rank) {
    public Passage {
        Objects.requireNonNull(chunk, "chunk");
    }

    /** How this passage scored, for {@code :why}. */
    public String detail() {
        return String.format("fused=%.4f dense=%.3f (#%s) bm25=#%s", score, dense,
                denseRank == 0 ? "-" : denseRank, bm25Rank == 0 ? "-" : bm25Rank);
    }
}
