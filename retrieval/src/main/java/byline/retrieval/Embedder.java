package byline.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * all-MiniLM-L6-v2, in process. The model starts loading in the background as soon as this object exists,
 * so reading the corpus and the cache overlap with the 1–2 s model load. Bulk embedding sorts texts by length
 * and pads similar lengths into one ONNX run, on every core.
 */
public final class Embedder {
    /** Part of the cache key: a new model or a new text preparation invalidates cached vectors. */
    public static final String MODEL_ID = "all-MiniLM-L6-v2/langchain4j-1.18.1/v1";
    /** Texts one worker tokenizes, sorts and embeds at a time (and the progress bar's step). */
    static final int BLOCK = 256;
    /** Rows of one padded ONNX run. */
    static final int BATCH = 32;

    private final CompletableFuture<MiniLm> model;
    private final int workers;

    public Embedder() {
        this(cores(), cores());
    }

    private static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param sessionThreads ONNX Runtime intra-op threads per run
     * @param workers        runs in flight at once during bulk embedding
     */
    Embedder(int sessionThreads, int workers) {
        this.model = CompletableFuture.supplyAsync(() -> MiniLm.load(sessionThreads));
        this.workers = workers;
    }

    /** The L2-normalised embedding of {@code text}. */
    /**
     * Waits until the model is loaded. Callers do this before handing the embedder out: a process that
     * exits while ONNX Runtime is still creating its session crashes in native code.
     */
    public void awaitModel() {
        model.join();
    }

    public float[] embed(String text) {
        return embedBlock(List.of(text)).get(0);
    }

    /** Embeds many texts using every core; {@code progress} receives the count done so far. */
    public List<float[]> embedAll(List<String> texts, IntConsumer progress) {
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
                    List<float[]> vectors = embedBlock(block);
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
    private List<float[]> embedBlock(List<String> texts) {
        MiniLm m = model.join();
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            long[] ids = m.tokens(texts.get(i));
            for (int from = 0; from < ids.length || from == 0; from += MiniLm.WINDOW) {
                windows.add(new Window(i, Arrays.copyOfRange(ids, from, Math.min(ids.length, from + MiniLm.WINDOW))));
            }
        }
        windows.sort(Comparator.comparingInt(w -> w.ids().length));
        float[][] sums = new float[texts.size()][];
        for (int from = 0; from < windows.size(); from += BATCH) {
            List<Window> batch = windows.subList(from, Math.min(windows.size(), from + BATCH));
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
