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
import java.util.Set;
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
    private final LargeForm large;
    /** Text → vector of the last exact-form build; the arrays are the ones that index holds, so this costs a map. */
    private Map<String, float[]> remembered = Map.of();
    private String lastKey = "";
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
        this.embedder = embedder;
        this.cache = cache;
        this.progress = progress;
        this.exactLimit = exactLimit;
        this.large = new LargeForm(cache, progress);
    }

    /**
     * Above this many chunks the index switches to its large-corpus form: approximate (HNSW) vector search,
     * and each sentence scored with its chunk's vector instead of one of its own (only chunk vectors are kept, on
     * disk, so the heap holds a third of the vectors). Below it, search is exact and every sentence keeps its own.
     */
    public static final int EXACT_LIMIT = 20_000;

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
        Optional<SplitCache.Split> stored = splits.read(splitKey);
        if (stored.isPresent() && stored.get().chunks().size() > exactLimit) {
            SplitCache.Split split = stored.get();
            TextKeys keys = split.keys().fits(embedder.modelId()) ? split.keys()
                    : TextKeys.of(embedder.modelId(), split.chunks());
            return large.build(split.chunks(), split.lexicon(), splitKey, keys, embedder, this::embed);
        }
        List<Chunk> chunks = new CorpusSplitter().split(corpus);
        Lexicon lexicon = new Lexicon();
        Map<Sentence, Set<String>> terms = new IdentityHashMap<>(); // analysed once, kept by the index
        for (Chunk c : chunks) {
            for (Sentence s : c.sentences()) {
                Set<String> t = lexicon.terms(s.text());
                terms.put(s, t);
                lexicon.count(t);
            }
        }
        if (chunks.size() > exactLimit) {
            TextKeys keys = TextKeys.of(embedder.modelId(), chunks);
            splits.write(splitKey, chunks, lexicon, keys);
            return large.build(chunks, lexicon, splitKey, keys, embedder, this::embed);
        }
        return new Index(chunks, exact(chunks, lexicon), terms, embedder, lexicon);
    }

    private Index.Parts exact(List<Chunk> chunks, Lexicon lexicon) {
        ChunkTexts texts = new ChunkTexts(chunks);
        List<float[]> vectors = vectors(texts.texts());
        Map<Sentence, float[]> sentenceVectors = new IdentityHashMap<>();
        for (Chunk c : chunks) {
            for (Sentence s : c.sentences()) {
                sentenceVectors.put(s, texts.vector(vectors, s.text()));
            }
        }
        return new Index.Parts(new ExactVectors(texts.chunkVectors(vectors)), new KeywordIndex(chunks, lexicon),
                sentenceVectors);
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
