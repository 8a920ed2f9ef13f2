package byline.bench;

import byline.Library;
import byline.corpus.BundledCorpus;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import byline.live.LiveCorpus;
import byline.retrieval.Embedder;
import byline.retrieval.EmbeddingCache;
import byline.retrieval.IndexBuilder;
import byline.retrieval.Progress;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live updates at scale: Byline serves the warm 10,000-article synthetic corpus from a watched folder while one
 * thread answers questions in a loop; 1,000 generated articles are copied into the folder; measured are the time
 * from the copy to the first answer citing one of them, answer latency per 10 s window before, during and after
 * the update, and heap. Works on copies ({@code --out}/live-scale): the corpus folder is copied and the warm cache
 * linked file by file, so the update never writes into {@code --cache}. Run by {@code bench/live-scale}.
 */
public final class LiveScaleBenchmark {
    static final int ARTICLES = 10_000;
    static final int ADDED = 1_000;
    private static final int TOP = 8;
    private static final Duration QUIET = Duration.ofSeconds(1);
    private static final long BASELINE_S = 30;
    private static final long AFTER_S = 30;
    private static final long TIMEOUT_S = 1_800;
    /** After the swap a probe comes round within a pass over the questions (about two seconds). */
    private static final long CITATION_S = 60;

    private final Options options;
    private final PrintStream log;

    LiveScaleBenchmark(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        LiveScaleResult result = new LiveScaleBenchmark(options, System.err).run();
        String report = result.markdown();
        Path out = options.out().resolve("live-scale.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        System.err.println("wrote " + out);
    }

    LiveScaleResult run() throws Exception {
        Corpus bundled = new CorpusLoader().load(BundledCorpus.path());
        CorpusGenerator generator = new CorpusGenerator(bundled);
        Path work = options.out().resolve("live-scale");
        LiveScaleFiles files = LiveScaleFiles.prepare(generator, options.data().resolve("articles-" + ARTICLES),
                options.cache(), work, ARTICLES, ADDED);
        List<String> questions = Probes.interleave(generator, DevSet.read(options.dev()), ARTICLES, ADDED);
        log.printf("corpus %s, cache %s (links to %s), %d questions in the loop%n", files.corpus(), files.cache(),
                options.cache(), questions.size());

        long start = System.nanoTime();
        IndexBuilder builder = new IndexBuilder(new Embedder(), new EmbeddingCache(files.cache()), Progress.NONE);
        BenchEditions editions = new BenchEditions(builder, TOP);
        Library library = new Library(editions.of(new CorpusLoader().load(files.corpus())));
        double warmS = (System.nanoTime() - start) / 1e9;
        double heapBefore = HeapWatch.afterGcMb();
        log.printf("warm build %.1f s, heap %.0f MB%n", warmS, heapBefore);

        AtomicLong swapped = new AtomicLong();
        CountDownLatch firstLook = new CountDownLatch(1);
        CountDownLatch updated = new CountDownLatch(1);
        try (HeapWatch heap = new HeapWatch();
             LiveCorpus live = LiveCorpus.start(files.corpus(), library, editions, QUIET)) {
            live.onRefresh(r -> {
                if (r.updated()) {
                    swapped.set(System.nanoTime());
                    updated.countDown();
                }
                firstLook.countDown();
            });
            firstLook.await(TIMEOUT_S, TimeUnit.SECONDS);
            AnswerLoop loop = new AnswerLoop(library.answerer(), questions, files.addedIds());
            for (String q : questions) { // warm-up, as Byline's batch mode does
                library.answerer().answer(new byline.answer.Question(q));
            }
            long loopStart = System.nanoTime();
            loop.start();
            TimeUnit.SECONDS.sleep(BASELINE_S); // the baseline windows: a measured duration, not a wait for an event
            long embeddedBefore = builder.textsEmbedded();
            long copied = files.copyAdded();
            log.printf("copied %d articles in %.1f s%n", ADDED, (System.nanoTime() - copied) / 1e9);
            heap.start();
            boolean swappedInTime = updated.await(TIMEOUT_S, TimeUnit.SECONDS);
            if (!swappedInTime) {
                throw new IllegalStateException("no update within " + TIMEOUT_S + " s of the copy");
            }
            if (!loop.awaitCitation(CITATION_S)) {
                log.printf("no answer cited a new article within %d s of the swap%n", CITATION_S);
            }
            TimeUnit.SECONDS.sleep(AFTER_S);
            loop.close();
            double peak = heap.peakMb();
            return new LiveScaleResult(ARTICLES, ADDED, warmS, heapBefore, loopStart, copied, swapped.get(),
                    loop.answers(), builder.textsEmbedded() - embeddedBefore, peak, HeapWatch.afterGcMb(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }
}
