package byline;

import byline.answer.Answerer;
import byline.answer.ExtractiveAnswerer;
import byline.answer.llm.LlmAnswerer;
import byline.answer.llm.LlmModel;
import byline.config.ConfigException;
import byline.config.LlmSettings;
import byline.config.Settings;
import byline.corpus.BundledCorpus;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import byline.retrieval.Embedder;
import byline.retrieval.EmbeddingCache;
import byline.retrieval.EmbeddingModel;
import byline.retrieval.Index;
import byline.retrieval.IndexBuilder;
import byline.retrieval.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads the corpus, builds (or reads from cache) the index and makes the answerer: the pipeline, by hand.
 * The answerer is extractive, or, when {@code BYLINE_LLM} names a provider, an LLM answerer that falls back
 * to the extractive one.
 */
final class LibraryLoader {
    private static final Logger log = LoggerFactory.getLogger(LibraryLoader.class);

    private final Settings settings;
    private final Progress progress;
    private final PrintStream warnings;

    /**
     * @param warnings where skipped files are reported, one line each (stderr for the command line)
     */
    LibraryLoader(Settings settings, Progress progress, PrintStream warnings) {
        this.settings = settings;
        this.progress = progress;
        this.warnings = warnings;
    }

    /** The library for {@code corpusDir}, or for the configured / bundled corpus when empty. */
    Library load(Optional<Path> corpusDir) {
        long start = System.nanoTime();
        LlmSettings llm = LlmSettings.from(settings); // first: a missing key fails before seconds of indexing
        Embedder embedder = new Embedder(embeddingModel()); // starts loading the model while the corpus is read
        Path dir = corpusDir.or(() -> settings.get("byline.corpus").map(Path::of)).orElseGet(BundledCorpus::path);
        Corpus corpus = new CorpusLoader().load(dir);
        corpus.skipped().forEach(s -> warnings.println("warning: skipped " + s.file() + ": " + s.reason()));
        Path cacheDir = settings.get("byline.cache.dir").map(Path::of).orElseGet(EmbeddingCache::defaultDir);
        Index index = new IndexBuilder(embedder, new EmbeddingCache(cacheDir), progress).build(corpus);
        embedder.awaitModel();
        int top = settings.getInt("byline.retrieval.top", 8);
        ExtractiveAnswerer extractive = new ExtractiveAnswerer(index, index, corpus, byline.answer.AnswerModels.bundled(), top);
        Answerer answerer = extractive;
        if (llm.enabled()) {
            LlmModel model = new LlmModel(ChatModels.create(llm), llm.name(), llm.timeout());
            answerer = new LlmAnswerer(model, corpus.byId(), extractive, top);
            log.info("answers by {} at {} (timeout {} ms), extractive when it fails", llm.name(), llm.baseUrl(),
                    llm.timeout().toMillis());
        }
        log.debug("loaded {} articles ({} chunks) in {} ms", corpus.articles().size(), index.chunks().size(),
                (System.nanoTime() - start) / 1_000_000);
        return new Library(corpus, answerer, extractive);
    }

    private EmbeddingModel embeddingModel() {
        String name = settings.get("byline.embeddings", "quantized");
        try {
            return EmbeddingModel.named(name);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("BYLINE_EMBEDDINGS (byline.embeddings) must be quantized or full, got '"
                    + name + "'");
        }
    }
}
