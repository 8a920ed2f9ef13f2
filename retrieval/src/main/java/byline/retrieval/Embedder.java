package byline.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

/**
 * all-MiniLM-L6-v2, in process. The model starts loading in the background as soon as this object exists,
 * so reading the corpus and the cache overlap with the 1–2 s model load.
 */
public final class Embedder {
    /** Part of the cache key: a new model or a new text preparation invalidates cached vectors. */
    public static final String MODEL_ID = "all-MiniLM-L6-v2/langchain4j-1.18.1/v1";
    private static final int BATCH = 64;

    private final CompletableFuture<EmbeddingModel> model;

    public Embedder() {
        this.model = CompletableFuture.supplyAsync(Embedder::load);
    }

    Embedder(EmbeddingModel model) {
        this.model = CompletableFuture.completedFuture(model);
    }

    private static EmbeddingModel load() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new AllMiniLmL6V2EmbeddingModel(Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "byline-embed");
            t.setDaemon(true);
            return t;
        }));
    }

    /** The L2-normalised embedding of {@code text}. */
    public float[] embed(String text) {
        return normalize(model().embed(text).content().vector());
    }

    /** Embeds many texts using every core; {@code progress} receives the count done so far. */
    public List<float[]> embedAll(List<String> texts, IntConsumer progress) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(TextSegment::from).toList();
            model().embedAll(batch).content().forEach(e -> out.add(normalize(e.vector())));
            progress.accept(out.size());
        }
        return out;
    }

    private EmbeddingModel model() {
        return model.join();
    }

    static float[] normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float inv = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
