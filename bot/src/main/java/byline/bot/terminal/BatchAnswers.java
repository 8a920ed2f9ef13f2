package byline.bot.terminal;

import byline.answer.Answer;
import byline.answer.Answerer;
import byline.answer.Citation;
import byline.answer.Question;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Batch mode: one JSON line in ({@code {"id", "question", "earlier"?}}), one JSON line out
 * ({@code {"id", "answer", "abstained", "citations", "ms", "answerer"}}). A bad line yields an error line
 * with its id when it has one; the batch goes on.
 */
final class BatchAnswers {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private final ObjectMapper json = new ObjectMapper();
    private final Answerer answerer;
    private final boolean withEvidence;

    BatchAnswers(Answerer answerer, boolean withEvidence) {
        this.answerer = answerer;
        this.withEvidence = withEvidence;
    }

    void run(InputStream in, PrintStream out) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    out.println(answerLine(line, number));
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading questions from stdin failed", e);
        }
    }

    String answerLine(String line, int number) {
        JsonNode request;
        try {
            request = json.readTree(line);
        } catch (JsonProcessingException e) {
            return error(idOf(line), "line " + number + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        String id = request.path("id").isValueNode() ? request.path("id").asText() : null;
        JsonNode question = request.path("question");
        if (!request.isObject() || !question.isTextual() || question.asText().isBlank()) {
            return error(id, "line " + number + ": expected {\"id\": ..., \"question\": \"...\"}");
        }
        try {
            long start = System.nanoTime();
            Answer answer = answerer.answer(new Question(question.asText(), request.path("earlier").asText("")));
            double ms = (System.nanoTime() - start) / 1e6;
            return write(answerNode(id, answer, ms));
        } catch (RuntimeException e) {
            return error(id, "line " + number + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private ObjectNode answerNode(String id, Answer answer, double ms) {
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
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

    private String error(String id, String message) {
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        node.put("error", message);
        return write(node);
    }

    private String write(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String idOf(String line) {
        Matcher m = ID.matcher(line);
        return m.find() ? m.group(1) : null;
    }
}
