package byline.bot.terminal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code byline ask --jsonl} with BYLINE_LLM set: the wiring from settings to a real langchain4j client. */
@Timeout(120)
class AskWithLlmTest {
    private static final String QUESTIONS = """
            {"id": "q1", "question": "How much will Anthropic pay xAI for compute?"}
            {"id": "q2", "question": "Who won the 2022 World Cup final?"}
            """;
    private final ObjectMapper json = new ObjectMapper();

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Runs.ENV);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void batch_says_an_openai_compatible_model_wrote_the_answer_and_byline_cited_it() throws IOException {
        try (FakeChatApi api = new FakeChatApi(200)) {
            Runs run = Runs.main(env("BYLINE_LLM", "openai", "OPENAI_BASE_URL", api.baseUrl(),
                    "OPENAI_API_KEY", "x"), QUESTIONS, "ask", "--jsonl");

            assertEquals(0, run.exit(), run.err());
            List<JsonNode> lines = lines(run.out());
            assertEquals("llm:openai/gpt-4o-mini", lines.get(0).get("answerer").asText());
            assertFalse(lines.get(0).get("abstained").asBoolean());
            assertTrue(lines.get(0).get("answer").asText().endsWith("[1]"), lines.get(0).toString());
            assertEquals(1, lines.get(0).get("citations").size());
            assertTrue(lines.get(1).get("abstained").asBoolean());
            assertEquals("extractive", lines.get(1).get("answerer").asText());
            assertEquals(1, api.requests(), "warm-up and the unanswerable question never reach the model");
        }
    }

    @Test
    void batch_goes_on_with_extractive_answers_when_anthropic_fails() throws IOException {
        try (FakeChatApi api = new FakeChatApi(500)) {
            Runs run = Runs.main(env("BYLINE_LLM", "anthropic", "ANTHROPIC_BASE_URL", api.baseUrl(),
                    "ANTHROPIC_API_KEY", "x", "BYLINE_LLM_MODEL", "claude-test"), QUESTIONS, "ask", "--jsonl");

            assertEquals(0, run.exit(), run.err());
            JsonNode q1 = lines(run.out()).get(0);
            assertEquals("extractive (llm fallback: HTTP 500)", q1.get("answerer").asText());
            assertEquals("TechCrunch", q1.get("citations").get(0).get("via").asText());
            assertEquals(1, api.requests(), "no retry");
        }
    }

    @Test
    void a_missing_key_stops_startup_with_the_variable_named() {
        Runs run = Runs.main(env("BYLINE_LLM", "openai"), QUESTIONS, "ask", "--jsonl");

        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("OPENAI_API_KEY is not set (needed because BYLINE_LLM=openai"), run.err());
    }

    private List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }
}
