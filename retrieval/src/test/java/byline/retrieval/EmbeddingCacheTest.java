package byline.retrieval;

import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EmbeddingCacheTest {
    @TempDir
    Path cacheDir;
    @TempDir
    Path corpusDir;

    private final CountingProgress progress = new CountingProgress();

    @BeforeEach
    void smallCorpus() throws IOException {
        article("one", "Karpathy joined Anthropic's pretraining team. He reports to Nick Joseph.");
        article("two", "Stainless makes SDKs. Anthropic bought it in May.");
    }

    @Test
    void the_second_start_embeds_nothing() {
        Index first = build();
        Index second = build();

        assertEquals(1, progress.starts, "only the first build embeds");
        assertArrayEquals(first.sentenceVector(first.chunks().get(0).sentences().get(0)),
                second.sentenceVector(second.chunks().get(0).sentences().get(0)));
    }

    @Test
    void a_corrupt_cache_is_rebuilt_not_a_crash() throws IOException {
        build();
        for (Path f : cacheFiles()) {
            byte[] bytes = Files.readAllBytes(f);
            bytes[bytes.length / 2] ^= 0x5A;
            Files.write(f, bytes);
        }

        build();
        build();

        assertEquals(2, progress.starts, "the damaged file is replaced once, then used");
    }

    @Test
    void a_truncated_or_garbage_cache_is_rebuilt() throws IOException {
        build();
        for (Path f : cacheFiles()) {
            Files.write(f, new byte[]{1, 2, 3});
        }

        Index rebuilt = build();

        assertEquals(2, progress.starts);
        assertEquals(2, rebuilt.retrieve("Stainless SDKs", 2).size());
    }

    @Test
    void a_changed_corpus_misses_the_cache() throws IOException {
        build();
        article("three", "A new article arrives with new text.");

        build();

        assertEquals(2, progress.starts);
        assertEquals(2, cacheFiles().size());
    }

    private Index build() {
        Corpus corpus = new CorpusLoader().load(corpusDir);
        return new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(cacheDir), progress).build(corpus);
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("embeddings-")).toList();
        }
    }

    private void article(String id, String body) throws IOException {
        Files.writeString(corpusDir.resolve(id + ".md"),
                "---\ntitle: \"" + id + "\"\noutlet: \"Test Wire\"\npublished: \"2026-05-20\"\n---\n" + body + "\n");
    }

    private static final class CountingProgress implements Progress {
        int starts;

        @Override
        public void start(Task task, int total) {
            starts += task == Task.EMBEDDING ? 1 : 0;
        }

        @Override
        public void advance(int done) {
        }

        @Override
        public void done() {
        }
    }
}
