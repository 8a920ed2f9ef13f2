package byline.bot.slack;

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
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: the real extractive answerer on the bundled corpus, behind the real Slack server. */
class ExtractiveAnswerOnSlackTest {

    @Test
    void mention_gets_a_real_answer_citing_an_outlet_from_the_bundled_corpus(@TempDir Path cache) throws Exception {
        // given the bundled articles indexed for real
        Corpus corpus = new CorpusLoader().load(BundledCorpus.path());
        Index index = new IndexBuilder(new Embedder(), new EmbeddingCache(cache), Progress.NONE).build(corpus);
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(index, index, corpus, byline.answer.AnswerModels.bundled(), 8);

        try (SlackTestRig rig = new SlackTestRig(answerer, corpus)) {
            // when someone asks Byline in a channel
            rig.requests.event(SlackPayloads.mention("EvE2E", "C0NEWS", "1800000000.000100", null,
                    "<@" + FakeSlackApi.BOT_USER_ID + "> whose team did Karpathy join at Anthropic?"));

            // then a real answer (not the abstention) comes in the thread, with a numbered source naming its outlet
            FakeSlackApi.ApiCall post = rig.slack.nextPost(Duration.ofSeconds(20));
            assertEquals("1800000000.000100", post.param("thread_ts"));
            JsonNode blocks = post.blocks();
            assertTrue(blocks.toString().contains("Karpathy") && !blocks.toString().contains(Answer.NOT_IN_CORPUS),
                    blocks.toString());
            String sources = contextText(blocks);
            assertTrue(sources.startsWith("[1] "), sources);
            assertTrue(corpus.articles().stream().anyMatch(a -> a.outletNamed() && sources.contains(a.outlet()))
                    || sources.contains(", via ") || sources.contains("(outlet not named)"), sources);
        }
    }

    private static String contextText(JsonNode blocks) {
        StringBuilder text = new StringBuilder();
        for (JsonNode block : blocks) {
            if ("context".equals(block.path("type").asText())) {
                block.get("elements").forEach(e -> text.append(e.get("text").asText()).append('\n'));
            }
        }
        return text.toString();
    }
}
