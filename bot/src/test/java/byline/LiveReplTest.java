package byline;

import byline.bot.terminal.ReplCommand;
import byline.config.Settings;
import byline.retrieval.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(120)
class LiveReplTest {

    @Test
    void given_the_repl_running_when_an_article_is_added_then_the_next_question_is_answered_from_it(
            @TempDir Path root) throws Exception {
        Path corpus = NewArticles.bundledCopy(Files.createDirectory(root.resolve("articles")));
        Settings settings = new Settings(Map.of("byline.cache.dir", root.resolve("cache").toString(),
                "byline.watch.quiet", "300ms"));
        CountDownLatch loaded = new CountDownLatch(1);
        CountDownLatch updated = new CountDownLatch(1);
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typing);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();

        try (LibraryLoader loader = new LibraryLoader(settings, Progress.NONE, new PrintStream(screen, true))) {
            loader.onRefresh(r -> {
                if (r.updated()) {
                    updated.countDown();
                }
            });
            ReplCommand repl = new ReplCommand(dir -> {
                Library library = loader.loadLive(dir);
                loaded.countDown();
                return library;
            }, in, new PrintStream(screen, true, StandardCharsets.UTF_8));
            CompletableFuture<Integer> session = CompletableFuture.supplyAsync(() -> repl.run(Optional.of(corpus)));
            assertTrue(loaded.await(60, TimeUnit.SECONDS), "Byline started");

            NewArticles.ferryStory(corpus);
            assertTrue(updated.await(30, TimeUnit.SECONDS), "the new article was picked up");
            typing.write((NewArticles.QUESTION + "\n:sources\n:quit\n").getBytes(StandardCharsets.UTF_8));
            typing.flush();

            assertEquals(0, session.get(60, TimeUnit.SECONDS));
        }
        String out = screen.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("answers from 5 articles"), out);
        assertTrue(out.contains("84 million euros") && out.contains("Harbour Post"), out);
        assertTrue(out.contains("harbour-ferry-terminal"), "listed by :sources\n" + out);
    }

}
