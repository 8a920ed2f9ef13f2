package byline.retrieval;

import byline.corpus.Chunk;
import byline.corpus.Corpus;
import byline.corpus.CorpusSplitter;
import byline.corpus.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds an {@link Index} from a corpus, embedding only what the on-disk cache does not already hold. */
public final class IndexBuilder {
    private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);

    private final Embedder embedder;
    private final EmbeddingCache cache;
    private final Progress progress;

    /**
     * @param embedder the MiniLM model
     * @param cache    where embeddings are kept between runs
     * @param progress told how embedding advances (a terminal progress bar, or nothing)
     */
    public IndexBuilder(Embedder embedder, EmbeddingCache cache, Progress progress) {
        this.embedder = embedder;
        this.cache = cache;
        this.progress = progress;
    }

    public Index build(Corpus corpus) {
        List<Chunk> chunks = new CorpusSplitter().split(corpus);
        Lexicon lexicon = new Lexicon();
        Map<String, Integer> unique = new LinkedHashMap<>(); // text -> slot, so equal texts embed once
        List<Integer> chunkSlots = new ArrayList<>();
        Map<Sentence, Integer> sentenceSlots = new IdentityHashMap<>();
        for (Chunk c : chunks) {
            chunkSlots.add(unique.computeIfAbsent(c.indexText(), t -> unique.size()));
            for (Sentence s : c.sentences()) {
                sentenceSlots.put(s, unique.computeIfAbsent(s.text(), t -> unique.size()));
                lexicon.count(lexicon.terms(s.text()));
                lexicon.observeCase(s.text());
            }
        }
        List<float[]> vectors = vectors(new ArrayList<>(unique.keySet()));
        List<float[]> chunkVectors = chunkSlots.stream().map(vectors::get).toList();
        Map<Sentence, float[]> sentenceVectors = new IdentityHashMap<>();
        sentenceSlots.forEach((s, slot) -> sentenceVectors.put(s, vectors.get(slot)));
        return new Index(chunks, chunkVectors, sentenceVectors, embedder, lexicon);
    }

    private List<float[]> vectors(List<String> texts) {
        String key = EmbeddingCache.key(Embedder.MODEL_ID, texts);
        Optional<List<float[]>> cached = cache.read(key, texts.size());
        if (cached.isPresent()) {
            log.debug("embeddings for {} texts read from cache", texts.size());
            return cached.get();
        }
        long start = System.nanoTime();
        progress.start(texts.size());
        List<float[]> vectors = embedder.embedAll(texts, progress::advance);
        progress.done();
        log.info("embedded {} texts in {} ms", texts.size(), (System.nanoTime() - start) / 1_000_000);
        cache.write(key, vectors);
        return vectors;
    }
}
