package byline.bench.train;

import byline.answer.AnswerModels;
import byline.answer.Candidate;
import byline.answer.LinearModel;
import byline.answer.Ranked;
import byline.answer.TrainingRows;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import byline.retrieval.Embedder;
import byline.retrieval.EmbeddingCache;
import byline.retrieval.Index;
import byline.retrieval.IndexBuilder;
import byline.retrieval.Progress;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Trains the ranker and the answerability model from labelled questions about articles Byline does not ship
 * (SQuAD 2.0's training questions, see {@code retrieval/TRAINING.md}), estimates how they do on articles they
 * never saw (leave one article out), picks the abstention threshold and writes {@code answer-models.properties}.
 * Usage: {@code TrainModels OUT.properties TRAIN.jsonl CORPUS_DIR [TRAIN.jsonl CORPUS_DIR ...]}
 */
public final class TrainModels {
    /** The false-abstain rate the threshold is chosen for, on questions about articles left out of training. */
    static final double TARGET_FALSE_ABSTAIN = 0.04;
    /**
     * Passages read per training question. Byline reads 16 since stop 24 (more candidates, same weights); models
     * retrained reading 16 answered held-out questions no better (retrieval/TRAINING.md), so training stays at 8.
     */
    static final int TOP = 8;
    /** The most cross-validation folds: the shipped data's 24 articles (and off-topic group) each get one. */
    static final int FOLDS = 30;

    private TrainModels() {
    }

    public static void main(String[] args) throws IOException {
        Embedder embedder = new Embedder();
        embedder.awaitModel();
        List<Example> examples = new ArrayList<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            examples.addAll(dataset(Path.of(args[i]), Path.of(args[i + 1]), embedder));
        }
        System.out.printf(Locale.ROOT, "%d questions, %d answerable; answer sentence among the candidates: %.3f%n",
                examples.size(), examples.stream().filter(Example::answerable).count(),
                examples.stream().filter(Example::answerable).filter(Example::found).count()
                        / (double) examples.stream().filter(Example::answerable).count());
        Evaluation cv = crossValidate(examples);
        double threshold = cv.threshold(TARGET_FALSE_ABSTAIN);
        cv.report(threshold);
        cv.reportBy(threshold);
        double hedge = cv.hedgeGap(threshold);
        LinearModel ranker = LogisticFit.ranker(TrainingRows.rankerFeatures(), groups(examples));
        LinearModel answerability = answerabilityModel(examples, ranker);
        List<String> sets = new ArrayList<>();
        for (int i = 1; i < args.length; i += 2) {
            sets.add(args[i]);
        }
        write(Path.of(args[0]), new AnswerModels(ranker, answerability, threshold, hedge), cv, threshold, sets);
    }

    /** The questions of one training file about one corpus, and their off-topic copies. */
    static List<Example> dataset(Path train, Path corpusDir, Embedder embedder) throws IOException {
        Corpus corpus = new CorpusLoader().load(corpusDir);
        Index index = new IndexBuilder(embedder, new EmbeddingCache(EmbeddingCache.defaultDir()), Progress.NONE)
                .build(corpus);
        TrainingRows rows = new TrainingRows(index, index, corpus, TOP);
        List<Example> examples = new ArrayList<>(Example.read(train.getParent().getFileName().toString(),
                Files.readAllLines(train), rows, new ObjectMapper()));
        examples.addAll(offTopic(corpus, examples, embedder));
        System.out.printf(Locale.ROOT, "%s: %d questions about %d articles%n", train, examples.size(),
                corpus.articles().size());
        return examples;
    }

    /** Each answerable question asked again of the half of the corpus that lacks its article. */
    private static List<Example> offTopic(Corpus corpus, List<Example> examples, Embedder embedder) {
        List<Example> out = new ArrayList<>();
        List<byline.corpus.Article> articles = corpus.articles().stream()
                .sorted(java.util.Comparator.comparing(byline.corpus.Article::id)).toList();
        for (int half = 0; half < 2; half++) {
            int h = half;
            List<byline.corpus.Article> kept = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (i % 2 == h) {
                    kept.add(articles.get(i));
                }
            }
            Corpus part = new Corpus(kept, List.of());
            Index index = new IndexBuilder(embedder, new EmbeddingCache(EmbeddingCache.defaultDir()), Progress.NONE)
                    .build(part);
            TrainingRows rows = new TrainingRows(index, index, part, TOP);
            java.util.Set<String> ids = part.byId().keySet();
            examples.stream().filter(e -> e.answerable() && !ids.contains(e.doc()))
                    .forEach(e -> out.add(e.offTopic(rows)));
        }
        return out;
    }

    private static List<LogisticFit.Group> groups(List<Example> examples) {
        List<LogisticFit.Group> out = new ArrayList<>();
        for (Example e : examples) {
            if (e.offTopic()) {
                continue;
            }
            for (int p = 0; p < e.parts().size(); p++) {
                List<Candidate> c = e.parts().get(p).candidates();
                out.add(new LogisticFit.Group(c.stream().map(Candidate::features).toArray(double[][]::new),
                        e.positive().get(p)));
            }
        }
        return out;
    }

    private static LinearModel answerabilityModel(List<Example> examples, LinearModel ranker) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Example e : examples) {
            answerabilityRow(e, ranker).ifPresent(r -> {
                x.add(r);
                y.add(e.answerable());
            });
        }
        return LogisticFit.logistic(TrainingRows.answerabilityFeatures(), x, y);
    }

    static java.util.Optional<double[]> answerabilityRow(Example e, LinearModel ranker) {
        TrainingRows rows = e.rows();
        if (e.parts().isEmpty() || e.parts().get(0).candidates().isEmpty()) {
            return java.util.Optional.empty();
        }
        TrainingRows.Part part = e.parts().get(0);
        return java.util.Optional.of(rows.answerability(part, rows.ranked(part, ranker)));
    }

    /**
     * Leave articles out: every question is scored by models trained without its article. Up to {@link #FOLDS}
     * articles each is left out alone; beyond that they are dealt round-robin into that many folds, because each
     * fold refits both models and a fold per article made a hundred-article run take hours.
     */
    private static Evaluation crossValidate(List<Example> examples) {
        Evaluation eval = new Evaluation();
        List<String> docs = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::doc).toList()));
        int folds = Math.min(FOLDS, docs.size());
        for (int f = 0; f < folds; f++) {
            java.util.Set<String> left = new java.util.HashSet<>();
            for (int i = f; i < docs.size(); i += folds) {
                left.add(docs.get(i));
            }
            List<Example> in = examples.stream().filter(e -> !left.contains(e.doc())).toList();
            List<Example> out = examples.stream().filter(e -> left.contains(e.doc())).toList();
            LinearModel ranker = LogisticFit.ranker(TrainingRows.rankerFeatures(), groups(in));
            LinearModel answerability = answerabilityModel(in, ranker);
            for (Example e : out) {
                score(eval, e, ranker, answerability);
            }
            String name = left.size() > 1 ? left.size() + " articles" : left.iterator().next();
            System.out.printf(Locale.ROOT, "  left out %-32s %s%n", name.isEmpty() ? "(off-topic questions)" : name,
                    eval.lastFold());
        }
        return eval;
    }

    private static void score(Evaluation eval, Example e, LinearModel ranker, LinearModel answerability) {
        if (e.parts().isEmpty() || e.parts().get(0).candidates().isEmpty()) {
            eval.add(e, 0, false, false, 0);
            return;
        }
        List<Ranked> ranked = e.rows().ranked(e.parts().get(0), ranker);
        double p = answerability.probability(answerabilityRow(e, ranker).orElseThrow());
        eval.add(e, p, e.holds(ranked.get(0).sentence()), ranked.size() > 1 && e.holds(ranked.get(1).sentence()),
                ranked.size() > 1 ? ranked.get(0).score() - ranked.get(1).score() : 99);
    }

    private static void write(Path out, AnswerModels models, Evaluation cv, double threshold, List<String> sets)
            throws IOException {
        Properties p = new Properties();
        models.write(p);
        StringBuilder sb = new StringBuilder();
        sb.append("# Learned weights of Byline's answer stages. Written by scripts/train-models; do not edit by hand.\n")
                .append("# Trained on ").append(String.join(" and ", sets)).append("\n")
                .append("# (no bundled article, no evaluation question). See retrieval/TRAINING.md.\n")
                .append("# Each feature line: weight, mean, scale (features are standardised, then weighted).\n")
                .append("# Leave-one-article-out estimate: ").append(cv.summary(threshold)).append('\n');
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            sb.append(key).append(" = ").append(p.getProperty(key)).append('\n');
        }
        Files.writeString(out, sb.toString());
        System.out.println("wrote " + out);
    }
}
