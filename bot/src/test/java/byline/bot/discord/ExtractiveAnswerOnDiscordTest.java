package byline.bot.discord;

import byline.Library;
import byline.answer.Answer;
import byline.answer.ExtractiveAnswerer;
import byline.corpus.BundledCorpus;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import byline.retrieval.Embedder;
import byline.retrieval.EmbeddingCache;
import byline.retrieval.Index;
import byline.retrieval.IndexBuilder;
import byline.retrieval.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: the real extractive answerer on the bundled corpus, behind the real JDA client. */
class ExtractiveAnswerOnDiscordTest {

    @Test
    void ask_gets_a_real_answer_citing_an_outlet_from_the_bundled_corpus(@TempDir Path cache) throws Exception {
        // given the bundled articles indexed for real
        Corpus corpus = new CorpusLoader().load(BundledCorpus.path());
        Index index = new IndexBuilder(new Embedder(), new EmbeddingCache(cache), Progress.NONE).build(corpus);
        Library library = new Library(corpus, new ExtractiveAnswerer(index, index, corpus, byline.answer.AnswerModels.bundled(), 8));
        RateLimiter unlimited = new RateLimiter(100, Duration.ofSeconds(1), InstantSource.system(), 100);

        try (RunningBot running = RunningBot.start(library, 2, unlimited)) {
            // when someone runs /ask in a channel
            Map<String, Object> ask = running.discord.askInteraction(
                    FakeDiscord.user("1400000000000000002", "reader", false),
                    "Whose team did Karpathy join at Anthropic?");
            running.discord.gateway().dispatch("INTERACTION_CREATE", ask);

            // then the deferred reply becomes a real answer (not the abstention), with numbered, outlet-naming sources
            RestCall edit = running.discord.rest().await(c -> c.is("PATCH",
                    "webhooks/\\d+/" + ask.get("token") + "/messages/@original"), 1, Duration.ofSeconds(30)).get(0);
            String content = edit.content();
            assertTrue(content.contains("Karpathy") && !content.contains(Answer.NOT_IN_CORPUS), content);
            assertTrue(content.contains("[1]") && content.contains("**Sources**\n[1] "), content);
            assertTrue(corpus.articles().stream().anyMatch(a -> a.outletNamed() && content.contains(a.outlet()))
                    || content.contains(", via ") || content.contains("(outlet not named)"), content);
            assertTrue(content.length() <= 2000 && edit.pingsNobody(), edit.body().toString());
        }
    }
}
