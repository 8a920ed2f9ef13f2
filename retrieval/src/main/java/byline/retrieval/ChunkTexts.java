package byline.retrieval;

import byline.corpus.Chunk;
import byline.corpus.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What gets embedded for a list of chunks: each distinct sentence and heading once. A chunk's vector is then
 * the mean of its heading's and sentences' vectors, weighted by length, as MiniLM itself averages a text's
 * tokens. Embedding the chunk text as well would run every token through the model twice; on the dev set the
 * composed vectors retrieve the same passages and give the same answers.
 */
final class ChunkTexts {
    private final List<Chunk> chunks;
    private final Map<String, Integer> slots = new LinkedHashMap<>(); // text -> position in texts()

    ChunkTexts(List<Chunk> chunks) {
        this.chunks = chunks;
        for (Chunk c : chunks) {
            if (!c.heading().isEmpty()) {
                slots.computeIfAbsent(c.heading(), t -> slots.size());
            }
            for (Sentence s : c.sentences()) {
                slots.computeIfAbsent(s.text(), t -> slots.size());
            }
        }
    }

    /** The distinct texts to embed, in a stable order (the cache key is computed over them). */
    List<String> texts() {
        return new ArrayList<>(slots.keySet());
    }

    /** The vector of a sentence or heading, given the vectors of {@link #texts()} in order. */
    float[] vector(List<float[]> vectors, String text) {
        return vectors.get(slots.get(text));
    }

    /** Each chunk's vector, composed from the vectors of {@link #texts()}. */
    List<float[]> chunkVectors(List<float[]> vectors) {
        List<float[]> out = new ArrayList<>(chunks.size());
        for (Chunk c : chunks) {
            float[] sum = new float[vectors.get(0).length];
            if (!c.heading().isEmpty()) {
                add(sum, vector(vectors, c.heading()), c.heading().length());
            }
            for (Sentence s : c.sentences()) {
                add(sum, vector(vectors, s.text()), s.text().length());
            }
            out.add(Embedder.normalize(sum));
        }
        return out;
    }

    private static void add(float[] sum, float[] v, int weight) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += v[i] * weight;
        }
    }
}
