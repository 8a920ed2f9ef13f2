package byline.retrieval;

import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exact form past the on-disk BM25 threshold (lowered to one chunk here): what a warm start reads from disk. */
class ExactFormCacheTest {
    @TempDir
    Path cacheDir;
    @TempDir
    Path corpusDir;

    @Test
    void given_a_second_start_then_the_bm25_index_is_opened_from_disk_and_finds_the_same_passages() throws IOException {
        article("kiln", "The Harrowby kiln was relit in March after a decade. Potters queued at the gate.");
        article("ferry", "The Ostley ferry will run hourly from June. Fares rise by ten pence.");
        List<String> first = passages(builder().build(load()), "When was the kiln relit?");

        IndexBuilder restarted = builder();
        List<String> second = passages(restarted.build(load()), "When was the kiln relit?");

        assertEquals(first, second);
        assertEquals("kiln", second.get(0));
        assertEquals(1, files("bm25-"));
        assertEquals(0, restarted.textsEmbedded());
    }

    @Test
    void given_a_live_update_then_the_old_corpus_bm25_index_and_split_are_removed() throws IOException {
        article("kiln", "The Harrowby kiln was relit in March after a decade.");
        IndexBuilder builder = builder();
        builder.build(load());

        article("ferry", "The Ostley ferry will run hourly from June.");
        Index updated = builder.build(load());

        assertEquals(1, files("bm25-"));
        assertEquals(1, files("split-"));
        assertEquals("ferry", updated.retrieve("hourly ferry", 1).get(0).chunk().docId());
    }

    @Test
    void given_an_incomplete_bm25_folder_left_by_a_crash_then_it_is_written_again() throws IOException {
        article("kiln", "The Harrowby kiln was relit in March after a decade.");
        builder().build(load());
        Path bm25 = only("bm25-");
        try (Stream<Path> inside = Files.list(bm25)) {
            for (Path f : inside.toList()) {
                Files.delete(f);
            }
        }
        Files.writeString(bm25.resolve("leftover"), "half an index");

        Index again = builder().build(load());

        assertEquals("kiln", again.retrieve("kiln relit", 1).get(0).chunk().docId());
        assertEquals(1, files("bm25-"));
    }

    @Test
    void given_a_split_kept_with_keys_of_older_keyword_code_then_new_keys_are_kept_with_it() throws IOException {
        article("kiln", "The Harrowby kiln was relit in March after a decade.");
        builder().build(load());
        SplitCache splits = new SplitCache(cacheDir);
        String key = SplitCache.key(load());
        SplitCache.Split kept = splits.read(key).orElseThrow();
        TextKeys fresh = kept.keys();
        splits.write(key, new SplitCache.Split(kept.chunks(), kept.lexicon(),
                new TextKeys(fresh.model(), fresh.vectors(), "an older keyword indexer", "stale")));

        Index again = builder().build(load());

        assertEquals(fresh, splits.read(key).orElseThrow().keys());
        assertEquals("kiln", again.retrieve("kiln relit", 1).get(0).chunk().docId());
    }

    @Test
    void given_a_cache_folder_that_cannot_be_written_then_the_index_is_built_in_memory() throws IOException {
        article("kiln", "The Harrowby kiln was relit in March after a decade.");
        Path notAFolder = Files.writeString(cacheDir.resolve("taken"), "a file where the cache folder should be");
        IndexBuilder builder = new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(notAFolder.resolve("cache")),
                Progress.NONE, 1_000, 1);

        Index index = builder.build(load());

        assertEquals("kiln", index.retrieve("kiln relit", 1).get(0).chunk().docId());
    }

    private IndexBuilder builder() {
        return new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(cacheDir), Progress.NONE, 1_000, 1);
    }

    private static List<String> passages(Index index, String query) {
        return index.retrieve(query, 2).stream().map(p -> p.chunk().docId()).toList();
    }

    private Corpus load() {
        return new CorpusLoader().load(corpusDir);
    }

    private long files(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
        }
    }

    private Path only(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    private void article(String id, String body) throws IOException {
        Files.writeString(corpusDir.resolve(id + ".md"),
                "---\ntitle: \"" + id + "\"\noutlet: \"Test Wire\"\npublished: \"2026-05-20\"\n---\n" + body + "\n");
    }
}
