package byline.bench;

import byline.corpus.Corpus;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Byline, Easy RAG and BM25 on the same corpus and questions in one run, scored by the eval's own script. */
final class QualityBenchmark {
    private final Options options;
    private final Options.EvalSet set;
    private final Corpus corpus;
    private final PrintStream log;
    private final ObjectMapper json = new ObjectMapper();

    QualityBenchmark(Options options, Options.EvalSet set, Corpus corpus, PrintStream log) {
        this.options = options;
        this.set = set;
        this.corpus = corpus;
        this.log = log;
    }

    List<QualityResult> run(List<DevSet.Item> dev) throws IOException {
        List<QualityResult> out = new ArrayList<>();
        out.add(measure(new BylinePeer(corpus, options.cache()), dev));
        out.add(measure(new EasyRagPeer(corpus), dev));
        out.add(measure(new Bm25Peer(corpus), dev));
        return out;
    }

    private QualityResult measure(Peer peer, List<DevSet.Item> dev) throws IOException {
        log.printf("== %s on %d questions of %s%n", peer.name(), dev.size(), set.name());
        dev.forEach(item -> peer.ask(item.question())); // warm-up pass, as Byline's batch mode does
        List<String> lines = new ArrayList<>();
        List<Double> ms = new ArrayList<>();
        List<Double> chars = new ArrayList<>();
        int answerable = 0;
        int hit1 = 0;
        int hit3 = 0;
        for (DevSet.Item item : dev) {
            Peer.Reply r = peer.ask(item.question());
            ms.add(r.ms());
            lines.add(line(item.id(), r));
            if (!r.abstained()) {
                chars.add((double) r.answer().length());
            }
            if (item.answerable()) {
                answerable++;
                hit1 += hit(r, item, 1) ? 1 : 0;
                hit3 += hit(r, item, 3) ? 1 : 0;
            }
        }
        String prefix = set.name().equals("dev") ? "" : set.name().replaceAll("[^A-Za-z0-9]+", "-") + "-";
        Path answers = options.out().resolve(prefix + peer.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + ".jsonl");
        Files.createDirectories(options.out());
        Files.write(answers, lines);
        String score = ScoreScript.score(options.score(), set.gold(), answers);
        log.println(score);
        return new QualityResult(set.name(), peer.name(), peer.description(), score, (double) hit1 / answerable,
                (double) hit3 / answerable, Stats.percentile(ms, 50), Stats.percentile(ms, 95), Stats.median(chars));
    }

    private static boolean hit(Peer.Reply r, DevSet.Item item, int k) {
        return r.retrieved().stream().limit(k).anyMatch(item.sources()::contains);
    }

    private String line(String id, Peer.Reply r) throws IOException {
        ObjectNode n = json.createObjectNode();
        n.put("id", id).put("answer", r.answer()).put("abstained", r.abstained());
        var citations = n.putArray("citations");
        r.cited().forEach(d -> citations.addObject().put("doc", d));
        n.put("ms", Math.round(r.ms() * 100) / 100.0);
        return json.writeValueAsString(n);
    }
}
