package byline.live;

import byline.Library;
import byline.corpus.Article;
import byline.corpus.Corpus;
import byline.corpus.CorpusException;
import byline.corpus.CorpusLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the corpus folder again and, when articles changed, builds a new edition and swaps it in. Whatever goes
 * wrong (a missing folder, no loadable article, a failed build), the last good edition keeps serving.
 */
final class Refresher {
    private static final Logger log = LoggerFactory.getLogger(Refresher.class);

    private final Path dir;
    private final Library library;
    private final Editions editions;
    private final CorpusLoader loader = new CorpusLoader();
    private Set<Corpus.Skipped> warned = Set.of();

    Refresher(Path dir, Library library, Editions editions) {
        this.dir = dir;
        this.library = library;
        this.editions = editions;
    }

    /** One look at the folder; never throws. Runs on one thread at a time. */
    Refresh refresh() {
        long start = System.nanoTime();
        Corpus before = library.corpus();
        Corpus after;
        try {
            Corpus loaded = loader.load(dir);
            warnSkipped(loaded.skipped());
            after = keepLastGood(before, loaded);
        } catch (CorpusException e) {
            return failed(e.getMessage(), before);
        }
        CorpusChange change = CorpusChange.between(before, after);
        if (change.isEmpty()) {
            return Refresh.unchanged(before.articles().size());
        }
        long embeddedBefore = editions.textsEmbedded();
        try {
            library.replace(editions.of(after));
        } catch (RuntimeException e) {
            return failed("could not index the changed articles (" + e + ")", before);
        }
        log.info("{}; {} sentences embedded in {} s", change.describe(), editions.textsEmbedded() - embeddedBefore,
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
        return Refresh.updated(change, after.articles().size());
    }

    private Refresh failed(String problem, Corpus serving) {
        log.warn("{}; still answering from the last {} articles", problem, serving.articles().size());
        return Refresh.failed(problem, serving.articles().size());
    }

    /** One warning per bad file and reason, not one per update. */
    private void warnSkipped(List<Corpus.Skipped> skipped) {
        for (Corpus.Skipped s : skipped) {
            if (!warned.contains(s)) {
                log.warn("skipped {}: {}", s.file(), s.reason());
            }
        }
        warned = new HashSet<>(skipped);
    }

    /**
     * An article whose file is still there but now unusable (half written, broken front matter) keeps its last
     * good version: a save in progress must not make it vanish from answers.
     */
    private Corpus keepLastGood(Corpus before, Corpus loaded) {
        Map<String, Article> old = before.byId();
        Map<String, Article> now = loaded.byId();
        List<Article> articles = new ArrayList<>(loaded.articles());
        for (Corpus.Skipped s : loaded.skipped()) {
            String id = idOf(s.file());
            if (old.containsKey(id) && !now.containsKey(id) && Files.exists(dir.resolve(s.file()))) {
                articles.add(old.get(id));
            }
        }
        articles.sort(Comparator.comparing(Article::id));
        return new Corpus(articles, loaded.skipped());
    }

    private static String idOf(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
