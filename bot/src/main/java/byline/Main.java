package byline;

import byline.bot.discord.DiscordCommand;
import byline.bot.slack.SlackCommand;
import byline.bot.terminal.AskCommand;
import byline.bot.terminal.ReplCommand;
import byline.config.ConfigException;
import byline.config.Settings;
import byline.feeds.IngestCommand;
import byline.corpus.CorpusException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Byline's entry point: wires configuration, the answering core and every front end by hand. */
@Command(name = "byline", mixinStandardHelpOptions = true, version = "byline 0.1.0",
        description = "Answers questions from a corpus of news articles, always citing the outlet.%n"
                + "With no command, starts the interactive REPL.",
        subcommandsRepeatable = false)
public final class Main implements Callable<Integer> {

    @Mixin
    private CorpusOption corpus = new CorpusOption();

    private final ReplCommand repl;

    private Main(ReplCommand repl) {
        this.repl = repl;
    }

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err, System.getenv());
        System.exit(code);
    }

    /** Runs Byline with the given streams and environment; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        Settings settings;
        try {
            settings = Settings.load(env);
        } catch (ConfigException e) {
            err.println("byline: " + e.getMessage());
            return 2;
        }
        try (LibraryLoader loader = new LibraryLoader(settings, TerminalProgress.forStream(err), err)) {
            return run(args, settings, loader, in, out, err);
        }
    }

    private static int run(String[] args, Settings settings, LibraryLoader loader, InputStream in, PrintStream out,
                           PrintStream err) {
        // The long-running front ends follow the corpus folder; a one-shot ask reads it once.
        ReplCommand repl = new ReplCommand(loader::loadLive, in, out);
        CommandLine cli = new CommandLine(new Main(repl))
                .addSubcommand(repl)
                .addSubcommand(new AskCommand(loader::load, in, out))
                .addSubcommand(new SlackCommand(settings, loader::loadLive))
                .addSubcommand(new DiscordCommand(settings, loader::loadLive))
                .addSubcommand(new IngestCommand(settings, out));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("byline: " + describe(e));
            return e instanceof ConfigException ? 2 : 1;
        });
        return cli.execute(args);
    }

    private static String describe(Exception e) {
        if (e instanceof CorpusException || e instanceof ConfigException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public Integer call() {
        return repl.run(corpus.dir());
    }
}
