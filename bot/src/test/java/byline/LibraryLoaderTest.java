package byline;

import byline.config.Settings;
import byline.corpus.CorpusException;
import byline.retrieval.Embedder;
import byline.retrieval.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(120)
class LibraryLoaderTest {

    @Test
    void given_a_folder_with_no_article_when_loading_fails_then_the_model_has_finished_loading_first(
            @TempDir Path root) throws IOException {
        Path folder = Files.createDirectory(root.resolve("notes"));
        Files.writeString(folder.resolve("kiln.md"), "Notes on the Harrowby kiln, with no front matter.");
        Settings settings = new Settings(Map.of("byline.cache.dir", root.resolve("cache").toString()));
        List<Embedder> made = new ArrayList<>();

        try (LibraryLoader loader = new LibraryLoader(settings, Progress.NONE,
                new PrintStream(OutputStream.nullOutputStream()), model -> {
                    Embedder e = new Embedder(model);
                    made.add(e);
                    return e;
                }, Runnable::run)) {
            CorpusException failure = assertThrows(CorpusException.class, () -> loader.load(Optional.of(folder)));

            assertTrue(failure.getMessage().contains("no loadable article"), failure.getMessage());
        }
        assertEquals(1, made.size());
        assertTrue(made.get(0).modelSettled(), "the process may only leave once ONNX Runtime has its session");
    }

    @Test
    void given_cache_entries_of_a_corpus_unused_for_weeks_when_a_library_loads_then_they_go_and_its_own_stay(
            @TempDir Path root) throws IOException {
        Path cache = Files.createDirectory(root.resolve("cache"));
        Path stale = Files.writeString(cache.resolve("embeddings-0123456789abcdef0123456789abcdef.bin"), "old");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(45))));
        Settings settings = new Settings(Map.of("byline.cache.dir", cache.toString()));

        try (LibraryLoader loader = new LibraryLoader(settings, Progress.NONE,
                new PrintStream(OutputStream.nullOutputStream()), Embedder::new, Runnable::run)) {
            loader.load(Optional.empty());
        }

        assertFalse(Files.exists(stale), "an entry no start used for 45 days is removed");
        try (Stream<Path> kept = Files.list(cache)) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("split-")),
                    "the bundled corpus's own entries, just written, stay");
        }
    }

    @Test
    void given_keep_days_of_zero_when_a_library_loads_then_nothing_is_pruned(@TempDir Path root) throws IOException {
        Path cache = Files.createDirectory(root.resolve("cache"));
        Path stale = Files.writeString(cache.resolve("split-0123456789abcdef.bin"), "old");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(400))));
        Settings settings = new Settings(Map.of("byline.cache.dir", cache.toString(), "byline.cache.keep.days", "0"));

        try (LibraryLoader loader = new LibraryLoader(settings, Progress.NONE,
                new PrintStream(OutputStream.nullOutputStream()), Embedder::new, Runnable::run)) {
            loader.load(Optional.empty());
        }

        assertTrue(Files.exists(stale));
    }
}
