package byline.bench;

import byline.TerminalProgress;
import byline.answer.ExtractiveAnswerer;
import byline.answer.Question;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import byline.retrieval.Embedder;
import byline.retrieval.EmbeddingCache;
import byline.retrieval.Index;
import byline.retrieval.IndexBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexes a synthetic corpus of N articles the way Byline does (progress bar on the terminal), then measures
 * heap, whole-answer latency, HNSW recall against exact search, and a warm-cache start of a fresh process.
 */
final class ScaleBenchmark {
    private static final int TOP = 8;
    private static final int WARMUP_RUNS = 3;
    private static final int RUNS = 5;

    private final CorpusGenerator generator;
    private final Path dataDir;
    private final Path cacheDir;
    private final WarmStart warmStart;
    private final List<String> questions;
    private final PrintStream log;

    ScaleBenchmark(CorpusGenerator generator, Path dataDir, Path cacheDir, WarmStart warmStart,
                   List<String> questions, PrintStream log) {
        this.generator = generator;
        this.dataDir = dataDir;
        this.cacheDir = cacheDir;
        this.warmStart = warmStart;
        this.questions = questions;
        this.log = log;
    }

    ScaleResult run(int articles) throws IOException {
        log.printf("== %,d articles%n", articles);
        Path dir = generator.generate(dataDir.resolve("articles-" + articles), articles);
        FirstBuild first = new FirstBuild(cacheDir.resolve("first-build-" + articles + ".txt"));
        RecordingProgress progress = new RecordingProgress(TerminalProgress.always(log));
        long start = System.nanoTime();
        Corpus corpus = new CorpusLoader().load(dir);
        Index index = new IndexBuilder(new Embedder(), new EmbeddingCache(cacheDir), progress).build(corpus);
        double buildS = (System.nanoTime() - start) / 1e9;
        int chunks = index.chunks().size();
        if (progress.embedded()) {
            first.record(buildS, chunks);
        }
        log.printf("built in %.1f s (%s), %,d chunks%n", buildS, progress.embedded() ? "embedded" : "cache hit", chunks);
        double heapMb = heapAfterGc();
        List<Double> latencies = latencies(index, corpus);
        double[] recall = chunks > IndexBuilder.EXACT_LIMIT ? recall(index) : new double[]{Double.NaN, Double.NaN};
        double warm = warmStart.seconds(dir, cacheDir, questions.get(0));
        return new ScaleResult(articles, chunks, first.seconds(), first.seconds() > 0 ? chunks / first.seconds() : 0,
                buildS, chunks > IndexBuilder.EXACT_LIMIT ? "HNSW (Lucene)" : "exact", heapMb, warm,
                Stats.percentile(latencies, 50), Stats.percentile(latencies, 95), recall[0], recall[1]);
    }

    private static double heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** Whole answers for the dev questions; the first passes warm the JIT and are not counted. */
    private List<Double> latencies(Index index, Corpus corpus) {
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(index, index, corpus, byline.answer.AnswerModels.bundled(), TOP);
        List<Double> out = new ArrayList<>();
        for (int run = 0; run < WARMUP_RUNS + RUNS; run++) {
            for (String q : questions) {
                long t = System.nanoTime();
                answerer.answer(new Question(q));
                if (run >= WARMUP_RUNS) {
                    out.add((System.nanoTime() - t) / 1e6);
                }
            }
        }
        return out;
    }

    /** Share of the exact top-k chunks the vector index also returns, at k = 10 and k = 30. */
    private double[] recall(Index index) {
        double at10 = 0;
        double at30 = 0;
        for (String q : questions) {
            float[] v = index.embed(q);
            List<Integer> approx = index.denseSearch(v, 30);
            List<Integer> exact = ExactSearch.top(index, v, 30);
            at10 += overlap(approx.subList(0, Math.min(10, approx.size())), exact.subList(0, 10)) / 10.0;
            at30 += overlap(approx, exact) / 30.0;
        }
        return new double[]{at10 / questions.size(), at30 / questions.size()};
    }

    private static long overlap(List<Integer> a, List<Integer> b) {
        return a.stream().filter(b::contains).count();
    }

    /** The first (embedding) build of a corpus size, kept next to the cache so reruns can report it. */
    private record FirstBuild(Path file) {
        void record(double seconds, int chunks) throws IOException {
            Files.createDirectories(file.getParent());
            Files.writeString(file, seconds + " " + chunks);
        }

        double seconds() throws IOException {
            return Files.exists(file) ? Double.parseDouble(Files.readString(file).split(" ")[0]) : Double.NaN;
        }
    }
}
