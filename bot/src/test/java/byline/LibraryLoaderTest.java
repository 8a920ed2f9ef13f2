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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                })) {
            CorpusException failure = assertThrows(CorpusException.class, () -> loader.load(Optional.of(folder)));

            assertTrue(failure.getMessage().contains("no loadable article"), failure.getMessage());
        }
        assertEquals(1, made.size());
        assertTrue(made.get(0).modelSettled(), "the process may only leave once ONNX Runtime has its session");
    }
}
