package byline.bot.slack;

import byline.Library;
import byline.NewArticles;
import byline.answer.AnswerModels;
import byline.answer.ExtractiveAnswerer;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import byline.live.Editions;
import byline.live.LiveCorpus;
import byline.retrieval.Embedder;
import byline.retrieval.EmbeddingCache;
import byline.retrieval.Index;
import byline.retrieval.IndexBuilder;
import byline.retrieval.Progress;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: an article written into the folder while the Slack server runs is answered from, and listed. */
@Timeout(120)
class LiveCorpusOnSlackTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void given_byline_serving_slack_when_an_article_appears_then_a_mention_is_answered_from_it(@TempDir Path root)
            throws Exception {
        Path dir = NewArticles.bundledCopy(Files.createDirectory(root.resolve("articles")));
        IndexBuilder builder = new IndexBuilder(new Embedder(), new EmbeddingCache(root.resolve("cache")), Progress.NONE);
        Editions editions = new Editions() {
            @Override
            public Library.Edition of(Corpus corpus) {
                Index index = builder.build(corpus);
                ExtractiveAnswerer answerer = new ExtractiveAnswerer(index, index, corpus, AnswerModels.bundled(), 8);
                return new Library.Edition(corpus, answerer, answerer);
            }

            @Override
            public long textsEmbedded() {
                return builder.textsEmbedded();
            }
        };
        Library library = new Library(editions.of(new CorpusLoader().load(dir)));
        CountDownLatch updated = new CountDownLatch(1);
        FakeSlackApi slack = new FakeSlackApi();
        SlackServer server = new SlackServer(new SlackSettings(SlackTestRig.BOT_TOKEN, SlackTestRig.SIGNING_SECRET,
                Optional.of(slack.apiUrl()), "127.0.0.1", 0, 1, Duration.ofSeconds(5)), library, SlackTestRig.FAST);
        try (slack; server; LiveCorpus live = LiveCorpus.start(dir, library, editions, Duration.ofMillis(300))) {
            live.onRefresh(r -> {
                if (r.updated()) {
                    updated.countDown();
                }
            });
            server.start();
            SignedRequests requests = new SignedRequests("http://127.0.0.1:" + server.port(), SlackTestRig.SIGNING_SECRET);

            requests.event(SlackPayloads.mention("EvBefore", "C0NEWS", "1800000000.000100", null,
                    "<@" + FakeSlackApi.BOT_USER_ID + "> " + NewArticles.QUESTION));
            String before = slack.nextPost(WAIT).blocks().toString();
            NewArticles.ferryStory(dir);
            assertTrue(updated.await(30, TimeUnit.SECONDS), "the new article was picked up");
            requests.event(SlackPayloads.mention("EvAfter", "C0NEWS", "1800000000.000200", null,
                    "<@" + FakeSlackApi.BOT_USER_ID + "> " + NewArticles.QUESTION));
            JsonNode after = slack.nextPost(WAIT).blocks();
            String sources = requests.form(Map.of("token", "legacy", "team_id", "T0TEST", "channel_id", "C0NEWS",
                    "user_id", "UASKER", "command", SlashCommandHandler.COMMAND, "text", "sources",
                    "trigger_id", "t-1", "response_url", slack.responseUrl("s1"), "api_app_id", "A0BYLINE")).body();

            assertTrue(before.contains("couldn't find"), before);
            assertTrue(after.toString().contains("84 million euros") && after.toString().contains("Harbour Post"),
                    after.toString());
            assertTrue(sources.contains("6 articles") && sources.contains("Second ferry terminal approved"), sources);
        }
    }
}
