package byline.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * all-MiniLM-L6-v2, in process. The model starts loading in the background as soon as this object exists,
 * so reading the corpus and the cache overlap with the model load. Every ONNX run is single-threaded: a
 * question runs on its caller's thread, and bulk embedding keeps one run going per core (one text per run for
 * the int8 model, padded batches of similar length for float32).
 */
public final class Embedder {
    /** Texts one worker tokenizes, sorts and embeds at a time (and the progress bar's step). */
    static final int BLOCK = 256;

    private final EmbeddingModel which;
    private final CompletableFuture<MiniLm> model;
    private final int workers;

    /** The default model ({@link EmbeddingModel#QUANTIZED}). */
    public Embedder() {
        this(EmbeddingModel.QUANTIZED);
    }

    public Embedder(EmbeddingModel which) {
        this.which = Objects.requireNonNull(which, "which");
        this.workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.model = CompletableFuture.supplyAsync(() -> MiniLm.load(which));
    }

    /** Part of the cache key: the model and how texts are prepared for it. */
    public String modelId() {
        return which.id();
    }

    /**
     * Waits until the model is loaded. Callers do this before handing the embedder out: a process that
     * exits while ONNX Runtime is still creating its session crashes in native code.
     */
    public void awaitModel() {
        model.join();
    }

    /** Waits until loading the model has ended, loaded or failed: a process leaving on an error waits too. */
    public void awaitModelQuietly() {
        model.handle((loaded, failure) -> null).join();
    }

    /** Whether loading the model has ended, loaded or failed. */
    public boolean modelSettled() {
        return model.isDone();
    }

    /** The L2-normalised embedding of {@code text}. */
    public float[] embed(String text) {
        return embedBlock(model.join(), List.of(text), 1).get(0);
    }

    /** Embeds many texts using every core; {@code progress} receives the count done so far. */
    public List<float[]> embedAll(List<String> texts, IntConsumer progress) {
        MiniLm m = model.join();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "byline-embed");
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
            float[][] out = new float[texts.size()][];
            int blocks = 0;
            for (int from = 0; from < texts.size(); from += BLOCK, blocks++) {
                int start = from;
                List<String> block = texts.subList(from, Math.min(texts.size(), from + BLOCK));
                done.submit(() -> {
                    List<float[]> vectors = embedBlock(m, block, which.batch());
                    for (int i = 0; i < vectors.size(); i++) {
                        out[start + i] = vectors.get(i);
                    }
                    return vectors.size();
                });
            }
            int finished = 0;
            for (int b = 0; b < blocks; b++) {
                finished += take(done);
                progress.accept(finished);
            }
            return Arrays.asList(out);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int take(ExecutorCompletionService<Integer> done) {
        try {
            Future<Integer> f = done.take();
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("embedding interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("embedding failed", e.getCause());
        }
    }

    /** Tokenizes, sorts windows by length, runs padded batches, and averages each text's windows. */
    private static List<float[]> embedBlock(MiniLm m, List<String> texts, int batchSize) {
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            long[] ids = m.tokens(texts.get(i));
            for (int from = 0; from < ids.length || from == 0; from += MiniLm.WINDOW) {
                windows.add(new Window(i, Arrays.copyOfRange(ids, from, Math.min(ids.length, from + MiniLm.WINDOW))));
            }
        }
        windows.sort(Comparator.comparingInt(w -> w.ids().length));
        float[][] sums = new float[texts.size()][];
        for (int from = 0; from < windows.size(); from += batchSize) {
            List<Window> batch = windows.subList(from, Math.min(windows.size(), from + batchSize));
            float[][] pooled = m.run(batch.stream().map(Window::ids).toList());
            for (int r = 0; r < pooled.length; r++) {
                add(sums, batch.get(r), pooled[r]);
            }
        }
        return Arrays.stream(sums).map(Embedder::normalize).toList();
    }

    /** Windows of one long text are averaged weighted by their token count, as langchain4j does. */
    private static void add(float[][] sums, Window w, float[] pooled) {
        int text = w.text();
        int weight = Math.max(1, w.ids().length);
        if (sums[text] == null) {
            sums[text] = new float[pooled.length];
        }
        for (int j = 0; j < pooled.length; j++) {
            sums[text][j] += pooled[j] * weight;
        }
    }

    private record Window(int text, long[] ids) {
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
