package byline.bot.discord;

import byline.NewArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static byline.bot.discord.FakeDiscord.READER;

/**
 * The real {@code byline discord} process, stopped by SIGTERM (what systemd and Kubernetes send) while answers are
 * in flight: it finishes them, then exits 0. Runs {@link byline.Main} in its own JVM against the fake Discord.
 */
class DiscordProcessStopTest {
    private static final String DM = "1500000000000000001";
    private static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private FakeDiscord discord;
    private Process byline;

    @AfterEach
    void stop() throws Exception {
        if (byline != null) {
            byline.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void given_three_answers_in_flight_when_sigterm_arrives_then_all_are_delivered_and_the_exit_code_is_0()
            throws Exception {
        discord = new FakeDiscord();
        CountDownLatch deliveries = discord.rest().holdDeliveries();
        byline = start();
        CompletableFuture<Void> online = lineOn(byline.getInputStream(), l -> l.startsWith("Byline is on Discord"));
        CompletableFuture<Void> stopping = lineOn(byline.getErrorStream(), l -> l.contains("SIGTERM: stopping"));
        online.get(START.toSeconds(), TimeUnit.SECONDS);

        // given three questions, the first answer held at Discord's door
        for (int i = 0; i < 3; i++) {
            discord.gateway().dispatch("MESSAGE_CREATE", discord.directMessage(DM, READER,
                    "When does the second ferry terminal open? (" + i + ")"));
        }
        assertTrue(discord.rest().awaitFirstDelivery(Duration.ofSeconds(30)), "an answer reached Discord");

        // when the process gets SIGTERM (through its handle: Process.destroy would also close its output)
        assertTrue(byline.toHandle().destroy(), "SIGTERM sent");
        stopping.get(30, TimeUnit.SECONDS);

        // then it waits for the answers, and once Discord takes them all three arrive and it exits 0
        assertFalse(byline.waitFor(300, TimeUnit.MILLISECONDS), "still finishing the answers in flight");
        deliveries.countDown();
        assertTrue(byline.waitFor(30, TimeUnit.SECONDS), "stopped within the grace");
        assertEquals(0, byline.exitValue());
        List<RestCall> sent = discord.rest().calls().stream()
                .filter(c -> c.is("POST", "channels/" + DM + "/messages") && !c.createdId().isEmpty()).toList();
        assertEquals(3, sent.size(), sent::toString);
        sent.forEach(c -> assertTrue(c.content().contains("2028"), c.content()));
    }

    private Process start() throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("articles"));
        NewArticles.ferryStory(corpus);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "byline.Main", "discord", "--corpus", corpus.toString());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("BYLINE_") || k.startsWith("DISCORD_") || k.startsWith("SLACK_"));
        env.put("BYLINE_CONFIG", dir.resolve("no-config.properties").toString());
        env.put("BYLINE_CACHE_DIR", dir.resolve("cache").toString());
        env.put("BYLINE_WATCH", "false");
        env.put("BYLINE_SHUTDOWN_GRACE", "20");
        env.put("DISCORD_BOT_TOKEN", "fake-token");
        env.put("DISCORD_API_URL", discord.rest().url());
        env.put("DISCORD_GATEWAY_URL", discord.gateway().url());
        return pb.start();
    }

    /** Completes when a line of {@code stream} matches; the stream is read to its end so the child never blocks. */
    private static CompletableFuture<Void> lineOn(InputStream stream, Predicate<String> matching) {
        CompletableFuture<Void> seen = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (matching.test(line)) {
                        seen.complete(null);
                    }
                }
                seen.completeExceptionally(new AssertionError("the process ended without the expected line"));
            } catch (IOException e) {
                seen.completeExceptionally(e);
            }
        }, "byline-output");
        reader.setDaemon(true);
        reader.start();
        return seen;
    }
}
