package byline.retrieval;

import byline.corpus.Chunk;
import byline.corpus.Corpus;
import byline.corpus.CorpusSplitter;
import byline.corpus.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds an {@link Index} from a corpus, embedding only what the on-disk cache does not already hold. A builder
 * remembers the vectors of the last index it built, so building again after a few articles changed embeds only
 * their new sentences (the disk cache is keyed by the whole corpus and misses on any change): sentence and heading
 * vectors in the exact form, chunk vectors in the large form, which also updates its on-disk vector graph and BM25
 * index instead of writing them again ({@link LargeForm}). Builds run one at a time.
 */
public final class IndexBuilder {
    private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);

    private final Embedder embedder;
    private final EmbeddingCache cache;
    private final Progress progress;
    private final int exactLimit;
    private final int bm25OnDisk;
    private final LargeForm large;
    /** Text → vector of the last exact-form build; the arrays are the ones that index holds, so this costs a map. */
    private Map<String, float[]> remembered = Map.of();
    private String lastKey = "";
    /** The split corpus of the last exact-form build, deleted when a live update moves on from it. */
    private String lastSplitKey = "";
    /** The on-disk BM25 index of the last exact-form build, if it had one. */
    private String lastBm25Key = "";
    private long embedded;
    /** Whether an index was built before: a later build is a live update, which logs its own line. */
    private boolean updating;

    /**
     * @param embedder the MiniLM model
     * @param cache    where embeddings are kept between runs
     * @param progress told how embedding advances (a terminal progress bar, or nothing)
     */
    public IndexBuilder(Embedder embedder, EmbeddingCache cache, Progress progress) {
        this(embedder, cache, progress, EXACT_LIMIT);
    }

    /** With another threshold for the large-corpus form (tests build it from a few articles). */
    IndexBuilder(Embedder embedder, EmbeddingCache cache, Progress progress, int exactLimit) {
        this(embedder, cache, progress, exactLimit, BM25_ON_DISK);
    }

    /** With other thresholds for the large-corpus form and for BM25 on disk (tests build them from a few articles). */
    IndexBuilder(Embedder embedder, EmbeddingCache cache, Progress progress, int exactLimit, int bm25OnDisk) {
        this.embedder = embedder;
        this.cache = cache;
        this.progress = progress;
        this.exactLimit = exactLimit;
        this.bm25OnDisk = bm25OnDisk;
        this.large = new LargeForm(cache, progress);
    }

    /**
     * Above this many chunks the index switches to its large-corpus form: approximate (HNSW) vector search,
     * and each sentence scored with its chunk's vector instead of one of its own (only chunk vectors are kept, on
     * disk, so the heap holds a third of the vectors). Below it, search is exact and every sentence keeps its own.
     */
    public static final int EXACT_LIMIT = 20_000;
    /**
     * From this many chunks (about a hundred articles) the exact form keeps its BM25 index on disk too, next to the
     * cache, so a warm start opens it: writing it in memory took about two and a half seconds at a thousand articles.
     */
    static final int BM25_ON_DISK = 2_000;

    /** How many texts (sentences and headings) this builder has run through the model so far. */
    public synchronized long textsEmbedded() {
        return embedded;
    }

    public synchronized Index build(Corpus corpus) {
        try {
            return buildOnce(corpus);
        } finally {
            updating = true;
        }
    }

    private Index buildOnce(Corpus corpus) {
        SplitCache splits = new SplitCache(cache.dir());
        String splitKey = SplitCache.key(corpus);
        SplitCache.Split split = splits.read(splitKey).orElseGet(() -> split(corpus, splits, splitKey));
        TextKeys keys = split.keys();
        if (!keys.fits(embedder.modelId())) { // another model or keyword code since the split was kept: keep new keys
            keys = TextKeys.of(embedder.modelId(), split.chunks());
            splits.write(splitKey, new SplitCache.Split(split.chunks(), split.lexicon(), keys));
        }
        if (split.chunks().size() > exactLimit) {
            return large.build(split.chunks(), split.lexicon(), splitKey, keys, embedder, this::embed);
        }
        Index.Parts parts = exact(split.chunks(), split.lexicon(), keys);
        forgetLastExact(splits, splitKey, keys.bm25());
        return new Index(split.chunks(), parts, true, embedder, split.lexicon());
    }

    /** The split and BM25 files of the corpus a live update moved on from, as the embeddings file goes. */
    private void forgetLastExact(SplitCache splits, String splitKey, String bm25Key) {
        if (!lastSplitKey.isEmpty() && !lastSplitKey.equals(splitKey)) {
            splits.delete(lastSplitKey);
        }
        if (!lastBm25Key.isEmpty() && !lastBm25Key.equals(bm25Key)) {
            LuceneUpdate.delete(cache.bm25Dir(lastBm25Key));
        }
        lastSplitKey = splitKey;
        lastBm25Key = bm25Key;
    }

    /**
     * Splits and analyses {@code corpus} and keeps the result for the next start: splitting and counting every
     * sentence's words took about four of the ten seconds a thousand articles needed to start.
     */
    private SplitCache.Split split(Corpus corpus, SplitCache splits, String key) {
        List<Chunk> chunks = new CorpusSplitter().split(corpus);
        Lexicon lexicon = new Lexicon();
        for (Chunk c : chunks) {
            for (Sentence s : c.sentences()) {
                lexicon.count(lexicon.terms(s.text()));
            }
        }
        SplitCache.Split split = new SplitCache.Split(chunks, lexicon, TextKeys.of(embedder.modelId(), chunks));
        splits.write(key, split);
        return split;
    }

    private Index.Parts exact(List<Chunk> chunks, Lexicon lexicon, TextKeys keys) {
        ChunkTexts texts = new ChunkTexts(chunks);
        List<float[]> vectors = vectors(texts.texts());
        Map<Sentence, float[]> sentenceVectors = new IdentityHashMap<>();
        for (Chunk c : chunks) {
            for (Sentence s : c.sentences()) {
                sentenceVectors.put(s, texts.vector(vectors, s.text()));
            }
        }
        return new Index.Parts(new ExactVectors(texts.chunkVectors(vectors)), keywords(chunks, lexicon, keys),
                sentenceVectors);
    }

    /** BM25 in memory, or on disk from {@link #BM25_ON_DISK} chunks (in memory if the cache cannot be written). */
    private KeywordIndex keywords(List<Chunk> chunks, Lexicon lexicon, TextKeys keys) {
        if (chunks.size() < bm25OnDisk) {
            return new KeywordIndex(chunks, lexicon);
        }
        try {
            return KeywordIndex.onDisk(cache.bm25Dir(keys.bm25()), chunks, lexicon);
        } catch (java.io.UncheckedIOException e) {
            log.warn("BM25 index kept in memory: {}", e.getMessage()); // the cache only saves time
            return new KeywordIndex(chunks, lexicon);
        }
    }

    private List<float[]> vectors(List<String> texts) {
        String key = EmbeddingCache.key(embedder.modelId(), texts);
        List<float[]> vectors = cached(key, texts.size(), () -> embedNew(texts));
        Map<String, float[]> next = new HashMap<>(texts.size() * 2);
        for (int i = 0; i < texts.size(); i++) {
            next.put(texts.get(i), vectors.get(i));
        }
        remembered = next;
        if (!lastKey.isEmpty() && !lastKey.equals(key)) {
            cache.delete(lastKey); // the corpus moved on: without this, every live update would leave a file behind
        }
        lastKey = key;
        return vectors;
    }

    /** Embeds the texts the last build did not have; the others keep their vectors. */
    private List<float[]> embedNew(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !remembered.containsKey(t)).toList();
        if (missing.size() == texts.size()) {
            return embed(texts);
        }
        Map<String, float[]> known = new HashMap<>(remembered);
        if (!missing.isEmpty()) {
            List<float[]> fresh = embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                known.put(missing.get(i), fresh.get(i));
            }
        }
        return texts.stream().map(known::get).toList();
    }

    /** The {@code size} vectors cached under {@code key}, or computed, cached and returned. */
    private List<float[]> cached(String key, int size, Supplier<List<float[]>> compute) {
        Optional<List<float[]>> stored = cache.read(key, size);
        if (stored.isPresent()) {
            log.debug("{} vectors read from cache", size);
            return stored.get();
        }
        List<float[]> vectors = compute.get();
        cache.write(key, vectors);
        return vectors;
    }

    private List<float[]> embed(List<String> texts) {
        long start = System.nanoTime();
        progress.start(Progress.Task.EMBEDDING, texts.size());
        List<float[]> vectors = embedder.embedAll(texts, progress::advance);
        progress.done();
        embedded += texts.size();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!updating) {
            log.info("embedded {} texts in {} ms", texts.size(), ms);
        } else {
            log.debug("embedded {} new texts in {} ms", texts.size(), ms);
        }
        return vectors;
    }
}
