package byline.bench.train;

import byline.answer.Candidate;
import byline.answer.Ranked;
import byline.answer.TrainingRows;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every training question with its candidates as JSON lines: each candidate's ranker features, whether it
 * answers, and the answerability features it would have as the best candidate (its score and lead are the
 * caller's to fill in). For trying other model classes outside Java; the models Byline ships come from
 * {@link TrainModels}.
 * Usage: {@code Dump OUT.jsonl TRAIN.jsonl CORPUS_DIR [TRAIN.jsonl CORPUS_DIR ...]}
 */
public final class Dump {
    private Dump() {
    }

    public static void main(String[] args) throws IOException {
        byline.retrieval.Embedder embedder = new byline.retrieval.Embedder();
        embedder.awaitModel();
        List<Example> examples = new ArrayList<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            examples.addAll(TrainModels.dataset(Path.of(args[i]), Path.of(args[i + 1]), embedder));
        }
        write(Path.of(args[0]), examples);
    }

    static void write(Path out, List<Example> examples) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(out)) {
            for (Example e : examples) {
                ObjectNode n = json.createObjectNode();
                n.put("id", e.id()).put("dataset", e.dataset()).put("doc", e.doc()).put("answerable", e.answerable())
                        .put("offTopic", e.offTopic()).put("question", e.question());
                ArrayNode parts = n.putArray("parts");
                for (int p = 0; p < e.parts().size(); p++) {
                    parts.add(part(json, e, p));
                }
                w.write(json.writeValueAsString(n));
                w.write('\n');
            }
        }
    }

    private static ObjectNode part(ObjectMapper json, Example e, int p) {
        TrainingRows.Part part = e.parts().get(p);
        ObjectNode pn = json.createObjectNode();
        pn.put("text", part.part().text());
        ArrayNode cands = pn.putArray("cands");
        for (int i = 0; i < part.candidates().size(); i++) {
            Candidate c = part.candidates().get(i);
            ObjectNode cn = cands.addObject();
            cn.put("doc", c.sentence().docId()).put("text", c.sentence().text())
                    .put("pos", !e.offTopic() && e.positive().get(p)[i]);
            ArrayNode f = cn.putArray("f");
            for (double v : c.features()) {
                f.add(v);
            }
            List<Ranked> asTop = new ArrayList<>(List.of(new Ranked(c, 0)));
            ArrayNode a = cn.putArray("a");
            for (double v : e.rows().answerability(part, asTop)) {
                a.add(v);
            }
        }
        return pn;
    }
}
