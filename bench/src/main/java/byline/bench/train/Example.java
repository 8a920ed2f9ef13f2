package byline.bench.train;

import byline.answer.TrainingRows;
import byline.corpus.Sentence;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One labelled training question: its candidates (from the real answer stages) and which of them answer. A
 * sentence answers when it belongs to the question's article (and paragraph, when the data gives one) and holds
 * one of the answer texts. Reads SQuAD-style lines ({@code facts}, {@code paragraph}, the article in the id) and
 * Byline's own news lines ({@code doc}, {@code answers}).
 */
record Example(String dataset, String id, String question, String doc, boolean answerable, int paragraph, List<String> answers,
               List<TrainingRows.Part> parts, List<boolean[]> positive, TrainingRows rows, boolean offTopic) {

    static List<Example> read(String dataset, List<String> lines, TrainingRows rows, ObjectMapper json)
            throws IOException {
        List<Example> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            String doc = n.has("doc") ? n.get("doc").asText()
                    : n.get("id").asText().replaceFirst("^sq-", "").replaceFirst("-[0-9a-f]+$", "");
            List<String> answers = new ArrayList<>();
            if (n.has("answers")) {
                n.get("answers").forEach(a -> answers.add(a.asText().toLowerCase(Locale.ROOT)));
            } else {
                n.get("facts").forEach(g -> g.forEach(a -> answers.add(a.asText().toLowerCase(Locale.ROOT))));
            }
            List<TrainingRows.Part> parts = rows.of(n.get("question").asText());
            Example e = new Example(dataset, n.get("id").asText(), n.get("question").asText(), doc, n.get("answerable").asBoolean(),
                    n.path("paragraph").asInt(-1), answers, parts, new ArrayList<>(), rows, false);
            for (TrainingRows.Part p : parts) {
                boolean[] pos = new boolean[p.candidates().size()];
                for (int i = 0; i < pos.length; i++) {
                    pos[i] = e.holds(p.candidates().get(i).sentence());
                }
                e.positive().add(pos);
            }
            out.add(e);
        }
        return out;
    }

    /**
     * The same question asked of a corpus without its article: now off-topic, it must be declined. These
     * teach the answerability model what a question about something the articles never cover looks like.
     */
    Example offTopic(TrainingRows other) {
        return new Example(dataset, id + "-off", question, doc, false, paragraph, List.of(), other.of(question), List.of(), other, true);
    }

    boolean holds(Sentence s) {
        if (!answerable || !s.docId().equals(doc) || paragraph >= 0 && s.paragraph() != paragraph) {
            return false;
        }
        String text = s.text().toLowerCase(Locale.ROOT);
        return answers.stream().anyMatch(text::contains);
    }

    /** Whether some candidate of the first part holds the answer. */
    boolean found() {
        if (positive.isEmpty()) {
            return false;
        }
        for (boolean b : positive.get(0)) {
            if (b) {
                return true;
            }
        }
        return false;
    }

}
