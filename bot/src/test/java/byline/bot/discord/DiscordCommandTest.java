package byline.bot.discord;

import byline.Library;
import byline.config.Settings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiscordCommandTest {
    private final List<Optional<Path>> loads = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    @Test
    void without_a_token_it_names_the_variable_and_exits_2_before_loading_anything() {
        int code = run(new Settings(Map.of()));

        assertEquals(2, code);
        assertTrue(err.toString().contains("DISCORD_BOT_TOKEN is not set: set it in the environment"), err.toString());
        assertFalse(err.toString().contains("byline.properties"), err.toString());
        assertTrue(loads.isEmpty(), "the slow library load never started");
    }

    @Test
    void a_rejected_token_gets_a_clear_message_and_the_corpus_option_reaches_the_loader() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            discord.rest().rejectToken();
            Settings settings = new Settings(Map.of("discord.bot.token", "wrong-token",
                    "discord.api.url", discord.rest().url(), "discord.gateway.url", discord.gateway().url()));

            int code = run(settings, "--corpus", "my-articles");

            assertEquals(2, code);
            assertTrue(err.toString().contains("Discord rejected DISCORD_BOT_TOKEN"), err.toString());
            assertEquals(List.of(Optional.of(Path.of("my-articles"))), loads);
        }
    }

    @Test
    void given_discord_cannot_be_reached_when_starting_then_one_line_says_so_and_blames_no_token() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Settings settings = new Settings(Map.of("discord.bot.token", "some-token",
                "discord.api.url", "http://127.0.0.1:" + closedPort + "/api/v10/"));

        int code = run(settings);

        assertEquals(DiscordCommand.UNREACHABLE, code);
        String said = err.toString().strip();
        assertTrue(said.startsWith("byline discord: cannot reach Discord (127.0.0.1): "), said);
        assertEquals(1, said.lines().count(), said);
        assertFalse(said.contains("token") || said.contains("Exception"), said);
    }

    private int run(Settings settings, String... args) {
        DiscordCommand command = new DiscordCommand(settings, dir -> {
            loads.add(dir);
            return new Library(RunningBot.CORPUS, question -> Answers.cited("unused"));
        });
        return new CommandLine(command).setErr(new PrintWriter(err, true)).execute(args);
    }
}
