package byline.bot.slack;

import byline.CorpusOption;
import byline.Library;
import byline.Warmup;
import byline.bot.work.StopSignals;
import byline.config.ConfigException;
import byline.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code byline slack}: serves Byline to Slack until the process is stopped (SIGTERM or SIGINT: a graceful stop
 * within {@code BYLINE_SHUTDOWN_GRACE}, exit code 0). Checks {@code SLACK_BOT_TOKEN} and
 * {@code SLACK_SIGNING_SECRET} before loading anything, so a misconfiguration fails fast (exit code 2).
 */
@Command(name = "slack", mixinStandardHelpOptions = true,
        description = {"Serve Byline on Slack: @mentions, DMs, thread follow-ups and /byline.",
                "Needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET; listens on BYLINE_PORT (default 3000) at "
                        + "/slack/events, with GET /healthz."})
public final class SlackCommand implements Callable<Integer> {
    /** Exit code for a missing or invalid setting. */
    public static final int CONFIG_ERROR = 2;
    /** Exit code when Slack cannot be reached at start-up. */
    public static final int UNREACHABLE = 1;

    private final Settings settings;
    private final Function<Optional<Path>, Library> libraryLoader;

    @Mixin
    private CorpusOption corpus = new CorpusOption();

    @Spec
    private CommandSpec spec;

    public SlackCommand(Settings settings, Function<Optional<Path>, Library> libraryLoader) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.libraryLoader = Objects.requireNonNull(libraryLoader, "libraryLoader");
    }

    @Override
    public Integer call() throws InterruptedException {
        SlackSettings slack;
        try {
            slack = SlackSettings.from(settings);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("byline slack: " + e.getMessage());
            return CONFIG_ERROR;
        }
        Library library = libraryLoader.apply(corpus.dir());
        Warmup.inBackground(library);
        StopSignals stop = StopSignals.install();
        SlackServer server = new SlackServer(slack, library);
        try {
            server.start();
        } catch (SlackStartException e) {
            spec.commandLine().getErr().println("byline slack: " + e.getMessage());
            return e.tokenRejected() ? CONFIG_ERROR : UNREACHABLE;
        }
        spec.commandLine().getOut().printf("Byline is serving %d articles to Slack on port %d "
                + "(POST /slack/events, GET /healthz). Stop with Ctrl+C.%n", library.corpus().articles().size(),
                server.port());
        spec.commandLine().getOut().flush();
        // SIGTERM/SIGINT: stop taking requests, finish answers within the grace, then exit 0.
        stop.await();
        server.close();
        return 0;
    }
}
