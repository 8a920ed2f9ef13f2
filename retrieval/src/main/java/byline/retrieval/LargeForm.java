package byline.retrieval;

import byline.corpus.Chunk;
import byline.corpus.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the large-corpus form of the index (HNSW chunk vectors, on-disk BM25; see {@link IndexBuilder#EXACT_LIMIT})
 * and remembers what it built, so the next build, a live update, embeds only the texts of chunks it has not seen
 * and writes the vector graph and BM25 index as copies of the last ones with the removed articles deleted and the
 * new chunks added. The last build's vectors, graph and indexes on disk are then deleted (the index being
 * replaced keeps reading them until it is dropped). One build at a time (the builder's lock).
 */
final class LargeForm {
    private static final Logger log = LoggerFactory.getLogger(LargeForm.class);

    private final EmbeddingCache cache;
    private final Progress progress;
    private final ChunkVectors remembered = new ChunkVectors();
    private Optional<Built> last = Optional.empty();

    /** What the last build left on disk and in memory, for the next one to start from. */
    private record Built(List<Chunk> chunks, Keys keys, HnswVectors graph, KeywordIndex keywords) {
    }

    /** The names of a corpus's files next to the cache: vectors (and graph), BM25 index, split corpus. */
    private record Keys(String vectors, String bm25, String split) {
    }

    LargeForm(EmbeddingCache cache, Progress progress) {
        this.cache = cache;
        this.progress = progress;
    }

    /**
     * @param splitKey the key the split corpus is cached under (its file goes when the corpus moves on)
     * @param textKeys the keys of the chunks' texts, for {@code embedder}'s model
     * @param embed    embeds texts, in order
     */
    Index build(List<Chunk> chunks, Lexicon lexicon, String splitKey, TextKeys textKeys, Embedder embedder,
                Function<List<String>, List<float[]>> embed) {
        Keys keys = new Keys(textKeys.vectors(), textKeys.bm25(), splitKey);
        List<float[]> vectors = cache.read(keys.vectors(), chunks.size()).orElseGet(() -> {
            List<float[]> v = remembered.of(chunks, embed);
            cache.write(keys.vectors(), v);
            return v;
        });
        remembered.keep(chunks, vectors);
        long start = System.nanoTime();
        Built built = new Built(chunks, keys, graph(chunks, keys, vectors), keywords(chunks, keys, lexicon));
        log.info("vector graph and BM25 index of {} chunks ready in {} ms", chunks.size(),
                (System.nanoTime() - start) / 1_000_000);
        last.ifPresent(before -> forget(before.keys(), keys));
        last = Optional.of(built);
        return new Index(chunks, new Index.Parts(built.graph(), built.keywords(), sentenceVectors(chunks, vectors)),
                false, embedder, lexicon);
    }

    private HnswVectors graph(List<Chunk> chunks, Keys keys, List<float[]> vectors) {
        Path dir = cache.graphDir(keys.vectors());
        if (last.isEmpty()) {
            return HnswVectors.open(dir, vectors, progress);
        }
        Built before = last.get();
        return HnswVectors.update(cache.graphDir(before.keys().vectors()), dir, vectors,
                () -> Delta.between(before.chunks(), before.graph().slots(), chunks), progress);
    }

    private KeywordIndex keywords(List<Chunk> chunks, Keys keys, Lexicon lexicon) {
        Path dir = bm25Dir(keys);
        if (last.isEmpty()) {
            return KeywordIndex.onDisk(dir, chunks, lexicon);
        }
        Built before = last.get();
        return KeywordIndex.update(bm25Dir(before.keys()), dir, chunks, lexicon,
                () -> Delta.between(before.chunks(), before.keywords().slots(), chunks));
    }

    private Path bm25Dir(Keys keys) {
        return cache.bm25Dir(keys.bm25());
    }

    /** Large files of a corpus that is gone: without this every live update would leave ~0.5 GB behind. */
    private void forget(Keys old, Keys now) {
        if (!old.vectors().equals(now.vectors())) {
            cache.delete(old.vectors());
            LuceneUpdate.delete(cache.graphDir(old.vectors()));
        }
        if (!old.bm25().equals(now.bm25())) {
            LuceneUpdate.delete(bm25Dir(old));
        }
        if (!old.split().equals(now.split())) {
            new SplitCache(cache.dir()).delete(old.split());
        }
    }

    /** Each sentence is scored with its chunk's vector: only chunk vectors are kept. */
    private static Map<Sentence, float[]> sentenceVectors(List<Chunk> chunks, List<float[]> vectors) {
        Map<Sentence, float[]> out = new IdentityHashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            for (Sentence s : chunks.get(i).sentences()) {
                out.put(s, vectors.get(i));
            }
        }
        return out;
    }
}
