package byline.bench;

import byline.corpus.BundledCorpus;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Runs the whole comparison: peers on each dev set, then Byline at each corpus size; writes BENCHMARKS.md. */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        long start = System.nanoTime();
        String load = Machine.load();
        List<DevSet.Item> dev = DevSet.read(options.dev());
        Corpus bundled = new CorpusLoader().load(BundledCorpus.path());
        List<QualityResult> quality = new ArrayList<>();
        if (options.quality()) {
            for (Options.EvalSet set : options.sets()) {
                Corpus corpus = set.corpus().map(d -> new CorpusLoader().load(d)).orElse(bundled);
                quality.addAll(new QualityBenchmark(options, set, corpus, System.err).run(DevSet.read(set.gold())));
            }
        }
        List<ScaleResult> scale = new ArrayList<>();
        ScaleBenchmark bench = new ScaleBenchmark(new CorpusGenerator(bundled), options.data(), options.cache(),
                new WarmStart(options.jar(), options.maxHeap()), dev.stream().map(DevSet.Item::question).toList(),
                System.err);
        for (int n : options.articles()) {
            scale.add(bench.run(n));
        }
        double minutes = (System.nanoTime() - start) / 60e9;
        new BenchmarkReport(options, quality, scale, minutes, load).write();
        System.err.printf("wrote %s in %.1f min%n", options.report(), minutes);
    }
}
