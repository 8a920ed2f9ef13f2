package byline;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code --corpus DIR} option every command takes, as a picocli mixin. Given before the command
 * ({@code byline --corpus DIR repl}) it applies to the command as if given after it.
 */
public final class CorpusOption {
    private static final String NAME = "--corpus";

    @Option(names = NAME, paramLabel = "DIR",
            description = "Folder of articles, or one article file (default: BYLINE_CORPUS, else the bundled "
                    + "articles).")
    private Path dir;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The folder given on the command line, after the command or before it, if any. */
    public Optional<Path> dir() {
        if (dir != null) {
            return Optional.of(dir);
        }
        CommandSpec parent = command == null ? null : command.parent();
        OptionSpec given = parent == null ? null : parent.findOption(NAME);
        return given == null ? Optional.empty() : Optional.ofNullable(given.getValue());
    }
}
