package byline.bot.slack;

import byline.config.Settings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackCommandTest {

    @Test
    void missing_bot_token_is_named_and_nothing_is_loaded() {
        Outcome outcome = run(Map.of("slack.signing.secret", "s3cret-value"));

        assertEquals(SlackCommand.CONFIG_ERROR, outcome.code);
        assertTrue(outcome.err.contains("SLACK_BOT_TOKEN is not set: set it in the environment"), outcome.err);
        assertFalse(outcome.err.contains("byline.properties") || outcome.err.contains("slack.bot.token"), outcome.err);
        assertFalse(outcome.loaded, "the library is not loaded before the settings are valid");
    }

    @Test
    void missing_signing_secret_is_named_without_showing_the_token() {
        Outcome outcome = run(Map.of("slack.bot.token", "xoxb-should-not-be-shown"));

        assertEquals(SlackCommand.CONFIG_ERROR, outcome.code);
        assertTrue(outcome.err.contains("SLACK_SIGNING_SECRET"), outcome.err);
        assertFalse(outcome.err.contains("xoxb-should-not-be-shown"));
        assertFalse(outcome.loaded);
    }

    @Test
    void settings_description_never_shows_secrets() {
        SlackSettings settings = SlackSettings.from(new Settings(Map.of("slack.bot.token", "xoxb-hidden",
                "slack.signing.secret", "hidden-secret", "slack.api.url", "http://127.0.0.1:1/api")));

        assertFalse(settings.toString().contains("hidden"), settings.toString());
        assertEquals("http://127.0.0.1:1/api/", settings.apiUrl().orElseThrow());
        assertEquals(3000, settings.port());
    }

    private record Outcome(int code, String err, boolean loaded) {
    }

    private static Outcome run(Map<String, String> values) {
        AtomicBoolean loaded = new AtomicBoolean();
        SlackCommand command = new SlackCommand(new Settings(values), corpus -> {
            loaded.set(true);
            throw new AssertionError("must not load");
        });
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute();
        return new Outcome(code, err.toString(), loaded.get());
    }
}
