package byline.retrieval;

import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class IncrementalBuildTest {
    @TempDir
    Path cacheDir;
    @TempDir
    Path corpusDir;

    @Test
    void given_a_built_index_when_one_article_is_added_then_only_its_new_sentences_are_embedded() throws IOException {
        article("one", "The harbour authority approved a second ferry terminal. Work starts in June.");
        article("two", "The orchestra named a new conductor. She starts next season.");
        IndexBuilder builder = new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(cacheDir), Progress.NONE);
        Index before = builder.build(load());
        long first = builder.textsEmbedded();

        article("three", "Work starts in June. A bakery opened on the pier.");
        Index after = builder.build(load());

        assertEquals(2, builder.textsEmbedded() - first, "only the bakery sentence and the new headline are new");
        assertArrayEquals(before.sentenceVector(before.chunks().get(0).sentences().get(0)),
                after.sentenceVector(after.chunks().get(0).sentences().get(0)));
        assertEquals("three", after.retrieve("bakery on the pier", 1).get(0).chunk().docId());
    }

    @Test
    void given_a_rebuild_after_a_change_then_the_cache_file_of_the_old_corpus_is_removed() throws IOException {
        article("one", "The harbour authority approved a second ferry terminal.");
        IndexBuilder builder = new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(cacheDir), Progress.NONE);
        builder.build(load());

        article("two", "The orchestra named a new conductor.");
        builder.build(load());

        assertEquals(1, cacheFiles("embeddings-"));
        assertEquals(1, cacheFiles("split-"), "the old corpus's split is removed with its vectors");
        assertFalse(builder.textsEmbedded() > 4, "each sentence and headline embedded once");
    }

    @Test
    void given_a_second_start_on_the_same_articles_then_the_split_is_read_from_disk_and_nothing_is_embedded()
            throws IOException {
        article("one", "The harbour authority approved a second ferry terminal. Work starts in June.");
        Index first = new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(cacheDir), Progress.NONE)
                .build(load());
        IndexBuilder restarted = new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(cacheDir), Progress.NONE);

        Index second = restarted.build(load());

        assertEquals(0, restarted.textsEmbedded());
        assertEquals(1, cacheFiles("split-"));
        assertEquals(first.chunks(), second.chunks());
        var sentence = second.chunks().get(0).sentences().get(0);
        assertEquals(second.lexicon().terms(sentence.text()), second.sentenceTerms(sentence));
        assertEquals(first.lexicon().idf("ferry"), second.lexicon().idf("ferry"), 1e-12);
    }

    private Corpus load() {
        return new CorpusLoader().load(corpusDir);
    }

    private long cacheFiles(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
        }
    }

    private void article(String id, String body) throws IOException {
        Files.writeString(corpusDir.resolve(id + ".md"),
                "---\ntitle: \"" + id + "\"\noutlet: \"Test Wire\"\npublished: \"2026-05-20\"\n---\n" + body + "\n");
    }
}
