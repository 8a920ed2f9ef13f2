package byline.bot.discord;

import byline.CorpusOption;
import byline.Library;
import byline.Warmup;
import byline.bot.work.StopSignals;
import byline.bot.work.Unreachable;
import byline.config.ConfigException;
import byline.config.Settings;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code byline discord}: runs Byline as a Discord bot until the process is stopped. Needs
 * {@code DISCORD_BOT_TOKEN}; see the README (section Discord) for setting up the application.
 */
@Command(name = "discord", mixinStandardHelpOptions = true,
        description = "Run Byline as a Discord bot: /ask, /sources, @mentions, DMs and thread follow-ups. "
                + "Needs DISCORD_BOT_TOKEN (see the README, section Discord).")
public final class DiscordCommand implements Callable<Integer> {
    /** Exit code for a setup problem the user can fix (missing or rejected token, bad setting). */
    static final int SETUP_ERROR = 2;
    /** Exit code when Discord cannot be reached at start-up. */
    static final int UNREACHABLE = 1;

    private final Settings settings;
    private final Function<Optional<Path>, Library> libraryLoader;

    @Mixin
    private CorpusOption corpus = new CorpusOption();

    @Spec
    private CommandSpec spec;

    /**
     * @param settings      Byline's configuration
     * @param libraryLoader loads the corpus and answerer, from {@code --corpus} when given
     */
    public DiscordCommand(Settings settings, Function<Optional<Path>, Library> libraryLoader) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.libraryLoader = Objects.requireNonNull(libraryLoader, "libraryLoader");
    }

    @Override
    public Integer call() throws InterruptedException {
        DiscordConfig config;
        try {
            config = DiscordConfig.from(settings); // the token is checked before the slow library load
        } catch (ConfigException e) {
            return setupError(e.getMessage());
        }
        Library library = libraryLoader.apply(corpus.dir());
        Warmup.inBackground(library);
        try (DiscordBot bot = new DiscordBot(config, library)) {
            return runUntilStopped(bot);
        } catch (InvalidTokenException e) {
            return setupError("Discord rejected DISCORD_BOT_TOKEN: copy the token again from the Developer Portal "
                    + "(your application → Bot → Reset Token) into the environment");
        } catch (ConfigException e) {
            return setupError(e.getMessage());
        } catch (ErrorResponseException e) {
            if (!unreachable(e)) {
                throw e;
            }
            return problem("cannot reach Discord (" + config.apiHost() + "): " + Unreachable.reason(e.getCause())
                    + ". Check the network, a proxy, or DISCORD_API_URL.", UNREACHABLE);
        }
    }

    /** JDA reports a request that never got an answer as error code -1 with the I/O failure as its cause. */
    private static boolean unreachable(ErrorResponseException e) {
        return e.getErrorCode() == -1 && e.getCause() instanceof IOException;
    }

    private int runUntilStopped(DiscordBot bot) throws InterruptedException {
        // SIGTERM/SIGINT: stop taking questions, finish answers within the grace, disconnect, exit 0.
        StopSignals stop = StopSignals.install();
        bot.start();
        spec.commandLine().getOut().println("Byline is on Discord. Invite it with " + bot.inviteUrl());
        spec.commandLine().getOut().flush();
        Thread sessionEnd = new Thread(() -> {
            try {
                bot.awaitShutdown();
                stop.request("Discord session ended");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "byline-discord-session");
        sessionEnd.setDaemon(true);
        sessionEnd.start();
        stop.await();
        bot.close(); // try-with-resources closes again: a no-op
        return 0;
    }

    private int setupError(String message) {
        return problem(message, SETUP_ERROR);
    }

    private int problem(String message, int code) {
        spec.commandLine().getErr().println("byline discord: " + message);
        spec.commandLine().getErr().flush();
        return code;
    }
}
