package byline;

import byline.answer.llm.LlmModel;
import byline.config.ConfigException;
import byline.config.LlmSettings;
import byline.config.Settings;
import byline.corpus.BundledCorpus;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import byline.feeds.FeedService;
import byline.feeds.FeedSettings;
import byline.live.LiveCorpus;
import byline.live.Refresh;
import byline.retrieval.CachePruning;
import byline.retrieval.Embedder;
import byline.retrieval.EmbeddingCache;
import byline.retrieval.EmbeddingModel;
import byline.retrieval.IndexBuilder;
import byline.retrieval.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Loads the corpus, builds (or reads from cache) the index and makes the answerer: the pipeline, by hand.
 * The answerer is extractive, or, when {@code BYLINE_LLM} names a provider, an LLM answerer that falls back
 * to the extractive one. A live library also follows its corpus folder while Byline runs; closing the loader
 * stops that.
 */
final class LibraryLoader implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LibraryLoader.class);

    private final Settings settings;
    private final Progress progress;
    private final PrintStream warnings;
    private final java.util.function.Function<EmbeddingModel, Embedder> embedders;
    private final Executor background;
    private final List<AutoCloseable> running = new ArrayList<>();
    private final List<Consumer<Refresh>> refreshListeners = new CopyOnWriteArrayList<>();

    /**
     * @param warnings where skipped files are reported, one line each (stderr for the command line)
     */
    LibraryLoader(Settings settings, Progress progress, PrintStream warnings) {
        this(settings, progress, warnings, Embedder::new, LibraryLoader::daemon);
    }

    /**
     * @param embedders  makes the embedder, which starts loading its model at once (tests watch it)
     * @param background runs housekeeping the first answer must not wait for (tests run it in place)
     */
    LibraryLoader(Settings settings, Progress progress, PrintStream warnings,
                  java.util.function.Function<EmbeddingModel, Embedder> embedders, Executor background) {
        this.settings = settings;
        this.progress = progress;
        this.warnings = warnings;
        this.embedders = embedders;
        this.background = background;
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "byline-housekeeping");
        thread.setDaemon(true);
        thread.start();
    }

    /** The library for {@code corpusDir}, or for the configured / bundled corpus when empty. */
    Library load(Optional<Path> corpusDir) {
        return open(corpusDir).library();
    }

    /**
     * As {@link #load}, and the library then follows its folder: added, changed and removed articles are
     * answered from within seconds. The bundled corpus is not watched (it is part of Byline).
     */
    Library loadLive(Optional<Path> corpusDir) {
        FeedSettings feeds = FeedSettings.from(settings); // a bad URL fails before seconds of indexing
        Opened opened = open(corpusDir);
        if (opened.folder().isPresent() && settings.get("byline.watch", "true").equalsIgnoreCase("true")) {
            Duration quiet = settings.getDuration("byline.watch.quiet", Duration.ofSeconds(1));
            LiveCorpus live = LiveCorpus.start(opened.folder().get(), opened.library(), opened.editions(), quiet);
            refreshListeners.forEach(live::onRefresh);
            register(live);
        }
        if (!feeds.feeds().isEmpty()) {
            Path folder = opened.folder().orElseThrow(() -> new ConfigException(
                    "BYLINE_FEEDS needs a corpus folder to write articles into: set BYLINE_CORPUS or --corpus"));
            register(FeedService.start(feeds, folder));
        }
        return opened.library();
    }

    private record Opened(Library library, EditionMaker editions, Optional<Path> folder) {
    }

    private Opened open(Optional<Path> corpusDir) {
        LlmSettings llm = LlmSettings.from(settings); // first: a missing key fails before seconds of indexing
        int keepDays = cacheKeepDays(); // and so does a bad cache setting
        Embedder embedder = embedders.apply(embeddingModel()); // starts loading the model while the corpus is read
        try {
            Opened opened = open(corpusDir, llm, embedder, keepDays);
            embedder.awaitModel();
            return opened;
        } catch (RuntimeException e) {
            // leaving while ONNX Runtime still creates its session crashes the JVM in native code on exit
            embedder.awaitModelQuietly();
            throw e;
        }
    }

    private Opened open(Optional<Path> corpusDir, LlmSettings llm, Embedder embedder, int keepDays) {
        long start = System.nanoTime();
        Optional<Path> folder = corpusDir.or(() -> settings.get("byline.corpus").map(Path::of));
        Corpus corpus = new CorpusLoader().load(folder.orElseGet(BundledCorpus::path));
        corpus.skipped().forEach(s -> warnings.println("warning: skipped " + s.file() + ": " + s.reason()));
        Path cacheDir = settings.get("byline.cache.dir").map(Path::of).orElseGet(EmbeddingCache::defaultDir);
        IndexBuilder builder = new IndexBuilder(embedder, new EmbeddingCache(cacheDir), progress);
        int top = settings.getInt("byline.retrieval.top", 16);
        int llmPassages = settings.getInt("byline.llm.passages", 8);
        Optional<LlmModel> model = Optional.empty();
        if (llm.enabled()) {
            model = Optional.of(new LlmModel(ChatModels.create(llm), llm.name(), llm.timeout()));
            log.info("answers by {} at {} (timeout {} ms), extractive when it fails", llm.name(), llm.baseUrl(),
                    llm.timeout().toMillis());
        }
        EditionMaker editions = new EditionMaker(builder, top, llmPassages, model);
        Library.Edition edition = editions.of(corpus);
        log.debug("loaded {} articles in {} ms", corpus.articles().size(), (System.nanoTime() - start) / 1_000_000);
        if (keepDays > 0) { // on a thread of its own: the first answer never waits for it
            background.execute(new CachePruning(cacheDir, Duration.ofDays(keepDays))::prune);
        }
        return new Opened(new Library(edition), editions, folder);
    }

    /**
     * {@code byline.cache.keep.days}: how long cache entries no start has used are kept, 0 for ever. This start's own
     * entries were just written or marked as used, so pruning after it never removes them.
     */
    private int cacheKeepDays() {
        int days = settings.getInt("byline.cache.keep.days", 30);
        if (days < 0) {
            throw new ConfigException("BYLINE_CACHE_KEEP_DAYS (byline.cache.keep.days) must be 0 (keep everything) "
                    + "or a number of days, got " + days);
        }
        return days;
    }

    /** Told of every look a live library takes at its folder (tests wait on it instead of sleeping). */
    void onRefresh(Consumer<Refresh> listener) {
        refreshListeners.add(listener);
    }

    /** Stopped when the loader is closed, last started first. */
    synchronized void register(AutoCloseable service) {
        running.add(0, service);
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable service : running) {
            try {
                service.close();
            } catch (Exception e) {
                log.debug("stopping {}: {}", service, e.toString());
            }
        }
        running.clear();
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
