package byline;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** The {@code --corpus DIR} option every command takes, as a picocli mixin. */
public final class CorpusOption {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder of articles, or one article file (default: BYLINE_CORPUS, else the bundled "
                    + "articles).")
    private Path dir;

    /** The folder given on the command line, if any. */
    public Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }
}
