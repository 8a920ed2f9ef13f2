package byline.bot.terminal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AskCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void jsonl_batch_writes_one_answer_line_per_question_in_the_eval_format() throws IOException {
        String input = """
                {"id": "q1", "question": "How much will Anthropic pay xAI for compute?"}
                {"id": "q2", "question": "Who won the 2022 World Cup final?"}
                {"id": "q3", "question": "and who does he report to?", "earlier": "What team did Karpathy join?"}
                """;

        Runs run = Runs.main(input, "ask", "--jsonl");

        assertEquals(0, run.exit(), run.err());
        List<JsonNode> lines = lines(run.out());
        assertEquals(3, lines.size());
        JsonNode q1 = lines.get(0);
        assertEquals("q1", q1.get("id").asText());
        assertFalse(q1.get("abstained").asBoolean());
        assertTrue(q1.get("answer").asText().contains("[1]"));
        JsonNode c = q1.get("citations").get(0);
        assertEquals("ai-assisted-research-bet", c.get("doc").asText());
        assertEquals("", c.get("outlet").asText());
        assertEquals("TechCrunch", c.get("via").asText());
        assertEquals("2026-05-27", c.get("published").asText());
        assertTrue(c.get("title").asText().startsWith("Karpathy Joins Anthropic"));
        assertTrue(q1.get("ms").asDouble() > 0);
        assertEquals("extractive", q1.get("answerer").asText());
        assertTrue(lines.get(1).get("abstained").asBoolean());
        assertEquals(0, lines.get(1).get("citations").size());
        assertTrue(lines.get(2).get("answer").asText().contains("Nick Joseph"));
    }

    @Test
    void given_malformed_lines_when_batched_then_each_gets_a_readable_error_line_and_the_batch_goes_on()
            throws IOException {
        String input = """
                {"id": "bad1", "question": "unterminated
                not json at all
                {"id": "bad2"}
                {"id": "ok", "question": "What does Stainless make?"}
                """;

        Runs run = Runs.main(input, "ask", "--jsonl");

        assertEquals(AskCommand.SOME_LINES_FAILED, run.exit(), run.err());
        List<JsonNode> lines = lines(run.out());
        assertEquals(4, lines.size());
        assertEquals("bad1", lines.get(0).get("id").asText());
        assertEquals(1, lines.get(0).get("line").asInt());
        assertTrue(lines.get(0).get("error").asText().contains("not valid JSON"));
        assertTrue(lines.get(1).get("id").isNull());
        assertTrue(lines.get(1).get("error").asText().startsWith("line 2: not valid JSON at character "),
                lines.get(1).toString());
        assertEquals("bad2", lines.get(2).get("id").asText());
        assertTrue(lines.get(2).get("error").asText().contains("question"));
        assertEquals("ok", lines.get(3).get("id").asText());
        assertFalse(lines.get(3).get("abstained").asBoolean());
        for (JsonNode line : lines) {
            assertFalse(line.toString().contains("StreamReadFeature") || line.toString().contains("Source:"),
                    line.toString());
        }
    }

    @Test
    void given_ids_of_several_json_types_when_batched_then_each_comes_back_with_its_type() throws IOException {
        String input = """
                {"id": 7, "question": "What does Stainless make?"}
                {"id": 2.5, "question": "What does Stainless make?"}
                {"id": "seven", "question": "What does Stainless make?"}
                {"id": 8, "question": "cut off
                """;

        Runs run = Runs.main(input, "ask", "--jsonl");

        List<JsonNode> lines = lines(run.out());
        assertTrue(lines.get(0).get("id").isIntegralNumber() && lines.get(0).get("id").asInt() == 7);
        assertTrue(lines.get(1).get("id").isFloatingPointNumber());
        assertTrue(lines.get(2).get("id").isTextual());
        assertTrue(lines.get(3).get("id").isIntegralNumber(), lines.get(3).toString());
        assertTrue(lines.get(3).get("error").asText().contains("ends before the JSON does"));
    }

    @Test
    void given_a_follow_up_with_the_earlier_answer_when_batched_then_its_pronoun_finds_the_person_answered_about()
            throws IOException {
        String input = """
                {"id": 1, "question": "when did he start there?", "earlier": "Who heads pretraining at Anthropic?", \
                "earlier_answer": ["Nick Joseph leads the pretraining team that Andrej Karpathy joined."], \
                "earlier_sources": ["recursive-mandate"], "earlier_said": ["Anthropic has a pretraining team."]}
                {"id": 2, "question": "and then?", "earlier_answer": "not a list"}
                {"id": 3, "question": "and then?", "earlier_sources": "recursive-mandate"}
                {"id": 4, "question": "and then?", "earlier_said": [1, 2]}
                """;

        Runs run = Runs.main(input, "ask", "--jsonl");

        List<JsonNode> lines = lines(run.out());
        assertFalse(lines.get(0).has("error"), lines.get(0).toString());
        assertTrue(lines.get(1).get("error").asText().contains("earlier_answer"), lines.get(1).toString());
        assertTrue(lines.get(2).get("error").asText().contains("earlier_sources"), lines.get(2).toString());
        assertTrue(lines.get(3).get("error").asText().contains("earlier_said"), lines.get(3).toString());
    }

    @Test
    void given_a_line_without_an_id_when_batched_then_it_gets_an_error_line_not_an_answer() throws IOException {
        String input = """
                {"question": "What does Stainless make?"}
                {"id": {"nested": 1}, "question": "What does Stainless make?"}
                """;

        Runs run = Runs.main(input, "ask", "--jsonl");

        assertEquals(AskCommand.SOME_LINES_FAILED, run.exit(), run.err());
        List<JsonNode> lines = lines(run.out());
        assertEquals(2, lines.size());
        assertFalse(lines.get(0).has("answer"));
        assertTrue(lines.get(0).get("error").asText().contains("no \"id\""), lines.get(0).toString());
        assertTrue(lines.get(1).get("error").asText().contains("string or a number"), lines.get(1).toString());
    }

    @Test
    void ask_prints_one_answer_with_its_sources() {
        Runs run = Runs.main("", "ask", "What does Stainless make?");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("SDK"), run.out());
        assertTrue(run.out().contains("Sources:\n  [1] "), run.out());
    }

    @Test
    void given_stdout_is_not_a_terminal_when_answered_then_answer_and_sources_wrap_at_80_columns_markers_kept() {
        Runs run = Runs.main("", "ask", "Who did Karpathy join at Anthropic and who leads that group?");

        assertEquals(0, run.exit(), run.err());
        for (String line : run.out().split("\n")) {
            assertTrue(line.length() <= Wrap.PLAIN || !line.strip().contains(" "), line);
            assertFalse(line.strip().startsWith("[") && !line.startsWith("  ["), "a marker left alone: " + line);
        }
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("      ")), "source lines continue indented: "
                + run.out());
    }

    @Test
    void corpus_option_points_at_another_folder_and_bad_files_are_warned_about(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.md"), "---\ntitle: \"Local news\"\noutlet: \"Town Crier\"\n"
                + "published: \"2026-01-02\"\n---\nThe town council approved a new library budget of two million.\n");
        Files.writeString(dir.resolve("broken.md"), "no front matter here\n");

        Runs run = Runs.main("", "ask", "--corpus", dir.toString(), "What did the town council approve?");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("[1] Town Crier — \"Local news\" (2026-01-02)"), run.out());
        assertTrue(run.err().contains("broken.md"), run.err());
    }

    @Test
    void given_the_corpus_option_before_the_command_then_the_command_reads_that_folder(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("mine.md"), "---\ntitle: \"Local news\"\noutlet: \"Town Crier\"\n"
                + "published: \"2026-01-02\"\n---\nThe town council approved a new library budget of two million.\n");

        Runs run = Runs.main("", "--corpus", dir.toString(), "ask", "What did the town council approve?");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("[1] Town Crier — \"Local news\" (2026-01-02)"), run.out());
    }

    @Test
    void a_folder_without_articles_is_a_clear_error_and_a_non_zero_exit(@TempDir Path dir) {
        Runs run = Runs.main("", "ask", "--corpus", dir.toString(), "anything?");

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no loadable article"), run.err());
    }

    @Test
    void given_a_folder_of_bad_files_only_when_asked_then_each_skipped_file_is_printed_with_its_reason(
            @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.md"), "");
        Files.writeString(dir.resolve("no-title.md"), "---\noutlet: \"Town Crier\"\n---\nBody.\n");

        Runs run = Runs.main("", "ask", "--corpus", dir.toString(), "anything?");

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("  empty.md: ") && run.err().contains("  no-title.md: "), run.err());
        assertFalse(run.err().contains("see warnings above"), run.err());
    }

    @Test
    void given_a_single_article_file_as_corpus_when_asked_then_it_is_answered_from(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("mine.md");
        Files.writeString(file, "---\ntitle: \"Local news\"\noutlet: \"Town Crier\"\n"
                + "published: \"2026-01-02\"\n---\nThe town council approved a new library budget of two million.\n");

        Runs run = Runs.main("", "ask", "--corpus", file.toString(), "What did the town council approve?");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("[1] Town Crier — \"Local news\" (2026-01-02)"), run.out());
    }

    @Test
    void an_unknown_embedding_model_is_a_configuration_error_naming_the_variable() {
        Runs run = Runs.main(Map.of("BYLINE_CACHE_DIR", "target/test-embeddings", "BYLINE_EMBEDDINGS", "tiny"), "",
                "ask", "What does Stainless make?");

        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("BYLINE_EMBEDDINGS (byline.embeddings) must be quantized or full, got 'tiny'"),
                run.err());
    }

    @Test
    void help_is_available_on_every_command() {
        for (String[] args : List.of(new String[]{"--help"}, new String[]{"ask", "--help"},
                new String[]{"repl", "--help"})) {
            Runs run = Runs.main("", args);
            assertEquals(0, run.exit());
            assertTrue(run.out().contains("--corpus"), String.join(" ", args) + ": " + run.out());
        }
    }

    private List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            nodes.add(json.readTree(line));
        }
        return nodes;
    }
}
