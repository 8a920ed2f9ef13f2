package byline.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CachePruningTest {
    private static final Duration MONTH = Duration.ofDays(30);

    @TempDir
    Path cache;

    private Path file(String name, Duration age) throws IOException {
        Path f = Files.writeString(cache.resolve(name), "x");
        age(f, age);
        return f;
    }

    private static void age(Path entry, Duration age) throws IOException {
        Files.setLastModifiedTime(entry, FileTime.from(Instant.now().minus(age)));
    }

    private List<String> left() throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void given_entries_older_and_newer_than_the_keep_period_when_pruned_then_only_the_old_go() throws IOException {
        file("embeddings-aaaa.bin", Duration.ofDays(31));
        file("split-bbbb.bin", Duration.ofDays(90));
        file("embeddings-cccc.bin", Duration.ofDays(29));
        file("split-dddd.bin", Duration.ZERO);

        int removed = new CachePruning(cache, MONTH).prune();

        assertEquals(2, removed);
        assertEquals(List.of("embeddings-cccc.bin", "split-dddd.bin"), left());
    }

    @Test
    void given_old_files_byline_did_not_name_when_pruned_then_they_stay() throws IOException {
        file("notes.txt", Duration.ofDays(400));
        file("kiln-embeddings.bin", Duration.ofDays(400));

        assertEquals(0, new CachePruning(cache, MONTH).prune());
        assertEquals(List.of("kiln-embeddings.bin", "notes.txt"), left());
    }

    @Test
    void given_a_leftover_of_a_crashed_write_when_a_day_old_then_it_goes_but_a_write_in_progress_stays()
            throws IOException {
        file("split-1234.tmp", Duration.ofHours(30));
        file("embeddings-5678.tmp", Duration.ofMinutes(2));

        new CachePruning(cache, MONTH).prune();

        assertEquals(List.of("embeddings-5678.tmp"), left());
    }

    @Test
    void given_an_old_index_folder_when_pruned_then_it_goes_whole_and_leaves_nothing_behind() throws IOException {
        Path bm25 = Files.createDirectories(cache.resolve("bm25-eeee"));
        Files.writeString(bm25.resolve("complete"), "12");
        Files.writeString(bm25.resolve("_0.cfs"), "segment");
        age(bm25, Duration.ofDays(60));

        assertEquals(1, new CachePruning(cache, MONTH).prune());
        assertEquals(List.of(), left());
    }

    @Test
    void given_old_vectors_when_a_start_reads_them_then_they_count_as_used_and_stay() throws IOException {
        EmbeddingCache embeddings = new EmbeddingCache(cache);
        embeddings.write("ffff", List.of(new float[]{0.5f, 0.25f}));
        age(embeddings.file("ffff"), Duration.ofDays(45));

        assertTrue(embeddings.read("ffff", 1).isPresent());
        new CachePruning(cache, MONTH).prune();

        assertTrue(Files.exists(embeddings.file("ffff")));
    }

    @Test
    void given_a_missing_folder_when_pruned_then_nothing_happens() {
        assertEquals(0, new CachePruning(cache.resolve("absent"), MONTH).prune());
        assertFalse(Files.exists(cache.resolve("absent")));
    }

    @Test
    void given_a_keep_period_of_zero_when_made_then_it_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new CachePruning(cache, Duration.ZERO));
    }
}
