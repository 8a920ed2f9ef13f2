package byline.bot.slack;

import byline.Library;
import byline.config.Settings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code byline slack} says when it cannot start: one line, telling the network from the token. */
class SlackStartupTest {
    private final StringWriter err = new StringWriter();

    @Test
    void given_slack_cannot_be_reached_when_starting_then_one_line_says_so_and_blames_no_token() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        int code = run("http://127.0.0.1:" + closedPort + "/api/");

        assertEquals(SlackCommand.UNREACHABLE, code);
        String said = err.toString().strip();
        assertTrue(said.startsWith("byline slack: cannot reach Slack (127.0.0.1): "), said);
        assertEquals(1, said.lines().count(), said);
        assertFalse(said.contains("token"), said);
    }

    @Test
    void given_slack_rejects_the_token_when_starting_then_one_line_says_so_and_points_to_the_environment() {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            slack.rejectToken();

            int code = run(slack.apiUrl());

            assertEquals(SlackCommand.CONFIG_ERROR, code);
            String said = err.toString().strip();
            assertTrue(said.startsWith("byline slack: Slack rejected SLACK_BOT_TOKEN (invalid_auth)"), said);
            assertTrue(said.contains("environment") && !said.contains("byline.properties"), said);
            assertEquals(1, said.lines().count(), said);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int run(String apiUrl) {
        Settings settings = new Settings(Map.of("slack.bot.token", SlackTestRig.BOT_TOKEN,
                "slack.signing.secret", SlackTestRig.SIGNING_SECRET, "slack.api.url", apiUrl, "byline.port", "0",
                "byline.host", "127.0.0.1"));
        SlackCommand command = new SlackCommand(settings, dir -> new Library(
                new byline.corpus.Corpus(SlackTestRig.ARTICLES, java.util.List.of()), new FakeAnswerers.Recording()));
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err, true));
        return cli.execute();
    }
}
