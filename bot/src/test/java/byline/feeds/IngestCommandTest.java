package byline.feeds;

import byline.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class IngestCommandTest {

    @Test
    void given_a_feed_url_when_ingested_then_it_says_what_it_added_and_a_second_pass_adds_nothing(@TempDir Path corpus)
            throws Exception {
        try (FakeSite site = new FakeSite()) {
            site.serve("/ferry", "text/html", Pages.article("Harbour Post", "Second ferry terminal approved", "Jo Lind",
                            FeedPollerTest.FERRY))
                    .serve("/rss", "application/rss+xml", Pages.rss("Harbour Post",
                            Pages.rssItem("Second ferry terminal approved", site.url("/ferry").toString(), "1", "")));
            String feed = site.url("/rss").toString();

            String first = run(corpus, 0, "ingest", "--corpus", corpus.toString(), feed);
            String second = run(corpus, 0, "ingest", "--corpus", corpus.toString(), feed);

            assertTrue(first.contains("added Harbour Post — \"Second ferry terminal approved\" → feeds/2026-05-21-second-ferry"),
                    first);
            assertTrue(first.contains("1 article(s) added from 1 feed(s), 0 problem(s)"), first);
            assertTrue(second.contains("0 article(s) added"), second);
        }
    }

    @Test
    void given_a_feed_that_is_down_then_it_is_reported_and_the_exit_code_is_1(@TempDir Path corpus) throws Exception {
        try (FakeSite site = new FakeSite()) {
            site.status("/rss", 500);

            String out = run(corpus, 1, "ingest", "--corpus", corpus.toString(), site.url("/rss").toString());

            assertTrue(out.contains("failed " + site.url("/rss") + ": HTTP 500"), out);
        }
    }

    @Test
    void given_no_corpus_folder_then_it_is_a_configuration_error(@TempDir Path corpus) {
        run(corpus, 2, "ingest", "http://127.0.0.1:1/rss");
    }

    private static String run(Path corpus, int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("BYLINE_CONFIG", corpus.resolve("none.properties").toString(),
                        "BYLINE_FEEDS_HOST_SPACING", "0"));
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, text);
        return text;
    }
}
