package byline.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line options of the harness, each {@code --name value}; paths are relative to the repository root.
 *
 * @param articles corpus sizes for the scale part (empty: skip it)
 * @param quality  whether to run the peer comparison on the dev sets
 * @param dev      the first dev set (bundled articles); its questions also time the scale runs
 * @param eval     the eval folder; its {@code dev2.jsonl} and {@code squad/dev.jsonl} (with {@code squad/corpus})
 *                 are compared too when present
 */
record Options(List<Integer> articles, boolean quality, Path dev, Path eval, Path score, Path jar, Path data,
               Path cache, Path out, Path report, Path notes, String maxHeap) {

    /** A dev set and the corpus its questions are about (empty: the bundled articles). */
    record EvalSet(String name, Path gold, java.util.Optional<Path> corpus) {
    }

    /** The dev sets to compare peers on, in report order. */
    List<EvalSet> sets() {
        List<EvalSet> sets = new java.util.ArrayList<>(List.of(new EvalSet("dev", dev, java.util.Optional.empty())));
        if (java.nio.file.Files.isRegularFile(eval.resolve("dev2.jsonl"))) {
            sets.add(new EvalSet("dev2", eval.resolve("dev2.jsonl"), java.util.Optional.empty()));
        }
        if (java.nio.file.Files.isRegularFile(eval.resolve("squad/dev.jsonl"))) {
            sets.add(new EvalSet("squad/dev", eval.resolve("squad/dev.jsonl"),
                    java.util.Optional.of(eval.resolve("squad/corpus"))));
        }
        return sets;
    }

    static Options parse(String... args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            m.put(args[i].substring(2), args[i + 1]);
        }
        String sizes = m.getOrDefault("articles", "1000," + CorpusGenerator.DEFAULT_ARTICLES);
        List<Integer> articles = sizes.isBlank() || sizes.equals("none") ? List.of()
                : Arrays.stream(sizes.split(",")).map(String::strip).map(Integer::parseInt).toList();
        return new Options(articles, !m.getOrDefault("quality", "yes").equals("no"),
                Path.of(m.getOrDefault("dev", "../shared/eval/dev.jsonl")),
                Path.of(m.getOrDefault("eval", "../shared/eval")),
                Path.of(m.getOrDefault("score", "../shared/eval/score.py")),
                Path.of(m.getOrDefault("jar", "bot/target/byline.jar")),
                Path.of(m.getOrDefault("data", "bench/data")), Path.of(m.getOrDefault("cache", "bench/cache")),
                Path.of(m.getOrDefault("out", "bench/out")), Path.of(m.getOrDefault("report", "BENCHMARKS.md")),
                Path.of(m.getOrDefault("notes", "bench/NOTES.md")),
                m.getOrDefault("heap", "1536m"));
    }
}
