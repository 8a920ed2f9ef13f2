package byline.bot.terminal;

import byline.CorpusOption;
import byline.Library;
import byline.Warmup;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code byline repl}: the interactive terminal front end (also what {@code byline} alone runs). */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "Ask questions interactively (line editing, history, :sources, :why, :help, :quit).")
public final class ReplCommand implements Callable<Integer> {
    @Mixin
    private CorpusOption corpus = new CorpusOption();

    private final Function<Optional<Path>, Library> loader;
    private final InputStream in;
    private final PrintStream out;

    public ReplCommand(Function<Optional<Path>, Library> loader, InputStream in, PrintStream out) {
        this.loader = loader;
        this.in = in;
        this.out = out;
    }

    @Override
    public Integer call() {
        return run(corpus.dir());
    }

    /** Loads the library for {@code dir} and runs the loop until :quit or end of input. */
    public int run(Optional<Path> dir) {
        Optional<Path> chosen = dir.or(corpus::dir);
        try (Terminal terminal = terminal()) {
            Library library = loader.apply(chosen);
            Warmup.inBackground(library);
            new Repl(library, terminal, in == System.in).loop();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    private Terminal terminal() throws IOException {
        if (in == System.in && out == System.out) {
            return TerminalBuilder.builder().system(true).dumb(true).build();
        }
        // A dumb terminal reading the given streams in step; JLine's stream terminal pumps input on a
        // thread and can report end of input before the first line is read.
        return new DumbTerminal("byline", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
    }
}
