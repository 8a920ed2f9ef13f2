package byline.bot.terminal;

import byline.answer.Answer;
import byline.answer.Answerer;
import byline.answer.Citation;
import byline.answer.Question;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Batch mode: one JSON line in ({@code {"id", "question", "earlier"?, "earlier_answer"?, "earlier_sources"?,
 * "earlier_said"?}}),
 * one JSON line out
 * ({@code {"id", "answer", "abstained", "citations", "ms", "answerer"}}). The id comes back with its JSON type
 * (a number stays a number). A bad line, including one without an id, yields
 * {@code {"id", "line", "error"}} in words a person can read; the batch goes on.
 */
final class BatchAnswers {
    /** An id a broken line may still show: a JSON string or number right after {@code "id":}. */
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?)");
    private static final String SHAPE = "expected {\"id\": ..., \"question\": \"...\"}";
    /** The optional follow-up fields that are lists of strings, with what each holds (for error messages). */
    private static final Map<String, String> LISTS = Map.of(
            "earlier_answer", "the previous answer's sentences",
            "earlier_sources", "the doc of each citation of the previous answer",
            "earlier_said", "the sentences of the answers before the previous one");
    private final ObjectMapper json = new ObjectMapper();
    private final Answerer answerer;
    private final boolean withEvidence;

    BatchAnswers(Answerer answerer, boolean withEvidence) {
        this.answerer = answerer;
        this.withEvidence = withEvidence;
    }

    /** Answers every line; returns how many lines got an error line instead of an answer. */
    int run(InputStream in, PrintStream out) {
        int failed = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    ObjectNode result = answerLine(line, number);
                    failed += result.has("error") ? 1 : 0;
                    out.println(write(result));
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading questions from stdin failed", e);
        }
        return failed;
    }

    ObjectNode answerLine(String line, int number) {
        JsonNode request;
        try {
            request = json.readTree(line);
        } catch (JsonProcessingException e) {
            return error(idOf(line), number, notJson(e));
        }
        if (request == null || !request.isObject()) {
            return error(NullNode.getInstance(), number, "not a JSON object; " + SHAPE);
        }
        JsonNode id = request.path("id");
        if (id.isMissingNode() || id.isNull()) {
            return error(NullNode.getInstance(), number, "no \"id\": every line needs one to match its answer");
        }
        if (!id.isTextual() && !id.isNumber()) {
            return error(NullNode.getInstance(), number, "\"id\" must be a string or a number");
        }
        JsonNode question = request.path("question");
        if (!question.isTextual() || question.asText().isBlank()) {
            return error(id, number, "no \"question\" text; " + SHAPE);
        }
        JsonNode earlier = request.path("earlier");
        if (!earlier.isMissingNode() && !earlier.isNull() && !earlier.isTextual()) {
            return error(id, number, "\"earlier\" must be a string (the previous question)");
        }
        Map<String, List<String>> lists = new java.util.HashMap<>();
        for (Map.Entry<String, String> field : LISTS.entrySet()) {
            JsonNode node = request.path(field.getKey());
            if (!node.isMissingNode() && !node.isNull() && !isTextArray(node)) {
                return error(id, number, "\"" + field.getKey() + "\" must be a list of strings (" + field.getValue() + ")");
            }
            List<String> texts = new ArrayList<>();
            node.forEach(t -> texts.add(t.asText()));
            lists.put(field.getKey(), texts);
        }
        try {
            long start = System.nanoTime();
            Answer answer = answerer.answer(new Question(question.asText(), earlier.asText(""),
                    lists.get("earlier_answer"), lists.get("earlier_sources"), lists.get("earlier_said")));
            double ms = (System.nanoTime() - start) / 1e6;
            return answerNode(id, answer, ms);
        } catch (RuntimeException e) {
            return error(id, number, "could not answer: " + e.getMessage());
        }
    }

    private static boolean isTextArray(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** Says where the line stops being JSON, without the parser's own vocabulary. */
    private static String notJson(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "not valid JSON: the line ends before the JSON does (an unclosed quote, brace or bracket?)";
        }
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return "not valid JSON" + (column > 0 ? " at character " + column : "") + "; " + SHAPE;
    }

    private ObjectNode answerNode(JsonNode id, Answer answer, double ms) {
        ObjectNode node = json.createObjectNode();
        node.set("id", id);
        node.put("answer", answer.text());
        node.put("abstained", answer.abstained());
        ArrayNode citations = node.putArray("citations");
        for (Citation c : answer.citations()) {
            citations.addObject().put("n", c.number()).put("doc", c.doc()).put("outlet", c.outlet())
                    .put("title", c.title()).put("published", c.published()).put("via", c.via())
                    .put("url", c.url());
        }
        node.put("ms", Math.round(ms * 100) / 100.0);
        node.put("answerer", answer.answerer());
        if (withEvidence) {
            ArrayNode evidence = node.putArray("evidence");
            answer.evidence().forEach(e -> evidence.addObject().put("doc", e.doc()).put("score", e.score())
                    .put("detail", e.detail()).put("text", e.text()));
        }
        return node;
    }

    private ObjectNode error(JsonNode id, int number, String message) {
        ObjectNode node = json.createObjectNode();
        node.set("id", id);
        node.put("line", number);
        node.put("error", "line " + number + ": " + message);
        return node;
    }

    private String write(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The id of a line that is not JSON, with its type, when the line still shows one. */
    private JsonNode idOf(String line) {
        Matcher m = ID.matcher(line);
        if (!m.find()) {
            return NullNode.getInstance();
        }
        try {
            return json.readTree(m.group(1));
        } catch (JsonProcessingException e) {
            return NullNode.getInstance();
        }
    }
}
