package byline.retrieval;

import byline.corpus.BundledCorpus;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;

import java.nio.file.Path;

/**
 * One real MiniLM model and one index of the bundled corpus for all tests of this module: loading the model
 * takes seconds, and tests only read from it.
 */
public final class SharedModel {
    private static Embedder embedder;
    private static Corpus corpus;
    private static Index index;

    private SharedModel() {
    }

    public static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = new Embedder();
        }
        return embedder;
    }

    public static synchronized Corpus corpus() {
        if (corpus == null) {
            corpus = new CorpusLoader().load(BundledCorpus.path());
        }
        return corpus;
    }

    /** The bundled corpus, indexed with a cache under target/ so later test runs start fast. */
    public static synchronized Index index() {
        if (index == null) {
            EmbeddingCache cache = new EmbeddingCache(Path.of("target", "test-embeddings"));
            index = new IndexBuilder(embedder(), cache, Progress.NONE).build(corpus());
        }
        return index;
    }
}
