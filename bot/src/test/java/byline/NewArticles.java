package byline;

import byline.corpus.BundledCorpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A corpus folder to change while Byline runs: the bundled articles, and a story that arrives later. */
public final class NewArticles {
    /** A question only the later story answers. */
    public static final String QUESTION = "How much will the second ferry terminal cost?";

    private NewArticles() {
    }

    /** Copies the bundled articles into {@code dir}. */
    public static Path bundledCopy(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(BundledCorpus.path())) {
            for (Path f : files.toList()) {
                Files.writeString(dir.resolve(f.getFileName().toString()), Files.readString(f));
            }
        }
        return dir;
    }

    /** Writes the later story, published by the Harbour Post. */
    public static Path ferryStory(Path dir) throws IOException {
        return Files.writeString(dir.resolve("harbour-ferry-terminal.md"), """
                ---
                title: "Second ferry terminal approved"
                outlet: "Harbour Post"
                published: "2026-05-21"
                author: "Jo Lind"
                ---
                The harbour authority approved a second ferry terminal on Tuesday, ending a four-year planning dispute.

                The second ferry terminal will cost 84 million euros and is due to open in the spring of 2028, the authority's chair said.

                Construction starts in June, and the existing terminal stays open while the new one is built next to it.
                """);
    }
}
