package byline.retrieval;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 on ONNX Runtime with padded batches: the model and tokenizer langchain4j ships, run the way
 * langchain4j runs them (mean of the token vectors, [CLS] and [SEP] included), but many texts per ONNX run.
 * Padding is masked out of the mean, so a text's vector does not depend on its batch (up to float rounding).
 * Thread-safe: ONNX Runtime sessions accept concurrent runs.
 */
final class MiniLm implements AutoCloseable {
    /** Tokens of text per model window, [CLS] and [SEP] excluded: longer texts are embedded in windows. */
    static final int WINDOW = 510;
    static final int DIMENSION = 384;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final long cls;
    private final long sep;

    private MiniLm(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer) throws OrtException {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
        long[] specials = tokenizer.encode("", true, false).getIds();
        this.cls = specials[0];
        this.sep = specials[specials.length - 1];
    }

    /**
     * Loads the model from langchain4j's jar. Each run uses one thread, the caller's: on two cores a run split
     * across both stalls whenever the JIT or the collector takes one, and concurrent runs use every core anyway.
     */
    static MiniLm load(EmbeddingModel which) {
        try (InputStream model = resource(which.onnxResource());
             InputStream vocab = resource(which.tokenizerResource())) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            OrtSession session = env.createSession(model.readAllBytes(), options);
            return new MiniLm(env, session, HuggingFaceTokenizer.newInstance(vocab, Map.of("padding", "false")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the MiniLM model", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLm.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " missing from the classpath");
        }
        return in;
    }

    /** The token ids of {@code text} without [CLS] and [SEP]. */
    long[] tokens(String text) {
        Encoding e = tokenizer.encode(text, false, false);
        return e.getIds();
    }

    /** Mean-pooled, not normalised, vectors of token windows (each at most {@link #WINDOW} ids, no specials). */
    float[][] run(List<long[]> windows) {
        int rows = windows.size();
        int width = 2 + windows.stream().mapToInt(w -> w.length).max().orElse(0);
        long[] ids = new long[rows * width];
        long[] mask = new long[rows * width];
        for (int r = 0; r < rows; r++) {
            long[] w = windows.get(r);
            int at = r * width;
            ids[at] = cls;
            System.arraycopy(w, 0, ids, at + 1, w.length);
            ids[at + 1 + w.length] = sep;
            java.util.Arrays.fill(mask, at, at + w.length + 2, 1L);
        }
        long[] shape = {rows, width};
        try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[rows * width]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idT);
            inputs.put("attention_mask", maskT);
            if (typeIds) {
                inputs.put("token_type_ids", typeT);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return meanPool((float[][][]) result.get(0).getValue(), windows);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM inference failed", e);
        }
    }

    private static float[][] meanPool(float[][][] hidden, List<long[]> windows) {
        float[][] out = new float[windows.size()][];
        for (int r = 0; r < out.length; r++) {
            int tokens = windows.get(r).length + 2;
            float[] sum = new float[hidden[r][0].length];
            for (int t = 0; t < tokens; t++) {
                float[] h = hidden[r][t];
                for (int j = 0; j < sum.length; j++) {
                    sum[j] += h[j];
                }
            }
            for (int j = 0; j < sum.length; j++) {
                sum[j] /= tokens;
            }
            out[r] = sum;
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}
