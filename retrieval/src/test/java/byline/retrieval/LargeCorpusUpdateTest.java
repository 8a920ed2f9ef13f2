package byline.retrieval;

import byline.corpus.Chunk;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live update of the large-corpus form (threshold lowered to one chunk): only new chunks' texts are embedded,
 * the Lucene graph and BM25 index get documents added and deleted, and the result is what a full build gives.
 */
class LargeCorpusUpdateTest {
    @TempDir
    Path cacheDir;
    @TempDir
    Path fullCacheDir;
    @TempDir
    Path corpusDir;

    private final List<String> progress = new ArrayList<>();
    private IndexBuilder builder;

    @BeforeEach
    void builtFromThreeArticles() throws IOException {
        article("one", "Karpathy joined Anthropic's pretraining team. He reports to Nick Joseph.");
        article("two", "Stainless makes SDKs for APIs. Anthropic bought it in May.");
        article("three", "The podcast Uncapped interviewed a founder about compute prices.");
        builder = new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(cacheDir), recording(), 1);
        builder.build(load());
    }

    @Test
    void given_articles_added_changed_and_removed_when_updated_then_the_vectors_equal_a_full_builds() throws IOException {
        changeCorpus();

        Index updated = builder.build(load());
        Index full = new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(fullCacheDir), Progress.NONE, 1)
                .build(load());

        assertEquals(full.chunks().size(), updated.chunks().size());
        for (int i = 0; i < full.chunks().size(); i++) {
            assertEquals(full.chunks().get(i), updated.chunks().get(i));
            assertArrayEquals(full.chunkVector(i), updated.chunkVector(i), "chunk " + i);
        }
    }

    @Test
    void given_an_added_article_when_updated_then_only_its_texts_are_embedded_and_linked_into_the_graph()
            throws IOException {
        long before = builder.textsEmbedded();
        article("four", "A bakery opened on the pier. It sells rye bread every morning.");
        progress.clear();

        Index updated = builder.build(load());

        List<Chunk> added = updated.chunks().stream().filter(c -> c.docId().equals("four")).toList();
        assertEquals(new ChunkTexts(added).texts().size(), builder.textsEmbedded() - before);
        assertTrue(progress.contains("VECTOR_GRAPH " + added.size()), progress.toString());
    }

    @Test
    void given_an_update_then_both_searches_find_new_and_changed_text_and_never_a_removed_article() throws IOException {
        changeCorpus();

        Index updated = builder.build(load());

        assertFinds(updated, "bakery on the pier rye bread", "four");
        assertFinds(updated, "The podcast Uncapped interviewed an economist about chip tariffs.", "three");
        for (Passage p : updated.retrieve("Stainless makes SDKs for APIs", 10)) {
            assertTrue(!p.chunk().docId().equals("two"), p.detail());
        }
    }

    @Test
    void given_an_updated_index_when_byline_restarts_then_it_opens_the_updated_indexes_and_embeds_nothing()
            throws IOException {
        changeCorpus();
        builder.build(load());
        IndexBuilder restarted = new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(cacheDir), Progress.NONE, 1);

        Index again = restarted.build(load());

        assertEquals(0, restarted.textsEmbedded());
        assertFinds(again, "bakery on the pier rye bread", "four");
        assertFinds(again, "Karpathy pretraining team Nick Joseph", "one");
    }

    @Test
    void given_an_update_then_the_last_corpus_files_are_deleted_from_the_cache() throws IOException {
        changeCorpus();

        builder.build(load());

        assertEquals(List.of(1L, 1L, 1L, 1L), List.of(files("embeddings-"), files("hnsw-"), files("bm25-"),
                files("split-")));
    }

    /** Both the vector graph and BM25 rank {@code doc} first for {@code query}. */
    private static void assertFinds(Index index, String query, String doc) {
        Passage top = index.retrieve(query, 1).get(0);
        assertEquals(doc, top.chunk().docId(), top.detail());
        assertEquals(1, top.denseRank(), top.detail());
        assertEquals(1, top.bm25Rank(), top.detail());
    }

    private void changeCorpus() throws IOException {
        article("four", "A bakery opened on the pier. It sells rye bread every morning.");
        article("three", "The podcast Uncapped interviewed an economist about chip tariffs.");
        Files.delete(corpusDir.resolve("two.md"));
    }

    private Progress recording() {
        return new Progress() {
            @Override
            public void start(Task task, int total) {
                progress.add(task + " " + total);
            }

            @Override
            public void advance(int done) {
            }

            @Override
            public void done() {
            }
        };
    }

    private Corpus load() {
        return new CorpusLoader().load(corpusDir);
    }

    private long files(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
        }
    }

    private void article(String id, String body) throws IOException {
        Files.writeString(corpusDir.resolve(id + ".md"),
                "---\ntitle: \"" + id + "\"\noutlet: \"Test Wire\"\npublished: \"2026-05-20\"\n---\n" + body + "\n");
    }
}
