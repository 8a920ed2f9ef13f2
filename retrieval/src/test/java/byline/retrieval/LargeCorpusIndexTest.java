package byline.retrieval;

import byline.corpus.Chunk;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import byline.corpus.Sentence;
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

/** The large-corpus form (HNSW graph, chunk vectors for sentences), built from a few articles by lowering the threshold. */
class LargeCorpusIndexTest {
    @TempDir
    Path cacheDir;
    @TempDir
    Path corpusDir;

    @BeforeEach
    void articles() throws IOException {
        article("one", "Karpathy joined Anthropic's pretraining team. He reports to Nick Joseph.");
        article("two", "Stainless makes SDKs for APIs. Anthropic bought it in May.");
        article("three", "The podcast Uncapped interviewed a founder about compute prices.");
    }

    @Test
    void searches_the_vector_graph_and_finds_the_matching_chunk() {
        Index index = build();

        List<Passage> hits = index.retrieve("Who makes SDKs?", 2);

        assertEquals("two", hits.get(0).chunk().docId());
        assertTrue(hits.get(0).denseRank() > 0, hits.get(0).detail());
    }

    @Test
    void keeps_the_graph_next_to_the_cache_and_reuses_it() throws IOException {
        build();
        long graphs = graphDirs();

        Index again = build();

        assertEquals(1, graphs);
        assertEquals(1, graphDirs());
        assertEquals("one", again.retrieve("Nick Joseph pretraining", 1).get(0).chunk().docId());
    }

    @Test
    void shows_progress_while_embedding_and_while_linking_the_graph_and_none_on_a_warm_start() {
        List<String> events = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void start(Task task, int total) {
                events.add(task + " " + total);
            }

            @Override
            public void advance(int done) {
                events.add("advance " + done);
            }

            @Override
            public void done() {
                events.add("done");
            }
        };

        int chunks = new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(cacheDir), recording, 1)
                .build(new CorpusLoader().load(corpusDir)).chunks().size();
        int graphStart = events.indexOf("VECTOR_GRAPH " + chunks);
        events.add("| warm");
        new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(cacheDir), recording, 1)
                .build(new CorpusLoader().load(corpusDir));

        assertTrue(events.get(0).startsWith("EMBEDDING "), events.toString());
        assertTrue(graphStart > 0, events.toString());
        assertEquals(List.of("advance " + chunks, "done", "| warm"), events.subList(graphStart + 1, events.size()));
    }

    @Test
    void scores_a_sentence_with_its_chunk_vector() {
        Index index = build();
        Chunk chunk = index.chunks().get(0);

        for (Sentence s : chunk.sentences()) {
            assertArrayEquals(index.chunkVector(0), index.sentenceVector(s));
        }
    }

    @Test
    void returns_the_same_neighbours_as_exact_search_on_a_small_graph() {
        Index index = build();
        float[] q = index.embed("compute prices podcast");

        List<Integer> approx = index.denseSearch(q, 3);

        assertEquals(3, approx.size());
        double best = Vectors.cosine(q, index.chunkVector(approx.get(0)));
        for (int i = 0; i < index.chunks().size(); i++) {
            assertTrue(Vectors.cosine(q, index.chunkVector(i)) <= best + 1e-6);
        }
    }

    @Test
    void a_warm_start_reads_the_split_corpus_from_disk_and_finds_the_same_passages() throws IOException {
        Index first = build();

        Index second = build();

        assertEquals(1, files("split-"));
        assertEquals(1, files("bm25-"));
        assertEquals(first.chunks().size(), second.chunks().size());
        for (int i = 0; i < first.chunks().size(); i++) {
            assertEquals(first.chunks().get(i).indexText(), second.chunks().get(i).indexText());
        }
        Sentence s = second.chunks().get(1).sentences().get(0);
        assertEquals(second.lexicon().terms(s.text()), second.sentenceTerms(s));
        assertEquals(first.lexicon().idf("sdks"), second.lexicon().idf("sdks"), 1e-12);
        assertEquals(first.retrieve("Who bought Stainless?", 3).stream().map(p -> p.chunk().indexText()).toList(),
                second.retrieve("Who bought Stainless?", 3).stream().map(p -> p.chunk().indexText()).toList());
    }

    @Test
    void a_changed_article_misses_the_split_cache() throws IOException {
        build();
        article("two", "Stainless makes SDKs for APIs. Anthropic bought it in June.");

        Index changed = build();

        assertTrue(changed.chunks().stream().anyMatch(c -> c.text().contains("June")));
    }

    @Test
    void a_damaged_split_file_is_split_again_not_a_crash() throws IOException {
        build();
        try (Stream<Path> files = Files.list(cacheDir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("split-")).toList()) {
                Files.write(f, new byte[]{0x42, 0x59, 0x53, 0x32, 0, 0, 0, 9});
            }
        }

        Index again = build();

        assertEquals("two", again.retrieve("Who makes SDKs?", 1).get(0).chunk().docId());
    }

    private long files(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
        }
    }

    private Index build() {
        Corpus corpus = new CorpusLoader().load(corpusDir);
        return new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(cacheDir), Progress.NONE, 1).build(corpus);
    }

    private long graphDirs() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("hnsw-")).count();
        }
    }

    private void article(String id, String body) throws IOException {
        Files.writeString(corpusDir.resolve(id + ".md"),
                "---\ntitle: \"" + id + "\"\noutlet: \"Test Wire\"\npublished: \"2026-05-20\"\n---\n" + body + "\n");
    }
}
