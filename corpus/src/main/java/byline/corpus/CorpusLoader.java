package byline.corpus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads a folder of articles: Markdown with YAML front matter, or plain {@code .txt}.
 * A bad file never stops the load; it is skipped with one warning naming the file and the reason.
 */
public final class CorpusLoader {
    private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);

    private final ArticleFileReader reader = new ArticleFileReader();

    /**
     * Loads every article under {@code dir}, or the one article file {@code dir} names.
     *
     * @throws CorpusException when the path is missing, is a file that is not an article, or holds no loadable
     *                         article (the message then names each skipped file and why)
     */
    public Corpus load(Path dir) {
        boolean single = Files.isRegularFile(dir);
        if (single && !isArticleName(dir)) {
            throw new CorpusException(dir + " is not an article: give a folder of articles, or one .md, .markdown or "
                    + ".txt file");
        }
        if (!single && !Files.isDirectory(dir)) {
            throw new CorpusException("corpus folder not found: " + dir);
        }
        List<Article> articles = new ArrayList<>();
        List<Corpus.Skipped> skipped = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        // read on every core: one file after another took about three seconds of each start at 10,000 articles
        List<Path> files = single ? List.of(dir) : articleFiles(dir);
        List<Read> reads = files.parallelStream()
                .map(f -> read(single ? dir.toString() : dir.relativize(f).toString(), f)).toList();
        for (Read read : reads) {
            if (read.article() != null && !ids.add(read.article().id())) {
                read = new Read(read.name(), null, "duplicate document id '" + read.article().id() + "'");
            }
            if (read.article() != null) {
                articles.add(read.article());
            } else {
                log.debug("skipped {}: {}", read.name(), read.reason());
                skipped.add(new Corpus.Skipped(read.name(), read.reason()));
            }
        }
        if (articles.isEmpty()) {
            throw new CorpusException("no loadable article in " + dir + describe(skipped));
        }
        articles.sort(Comparator.comparing(Article::id));
        return new Corpus(articles, skipped);
    }

    /** A file read: its article, or why it was skipped. */
    private record Read(String name, Article article, String reason) {
    }

    private Read read(String name, Path file) {
        try {
            return new Read(name, reader.read(file), null);
        } catch (UnusableFileException e) {
            return new Read(name, null, e.getMessage());
        }
    }

    /** Every skipped file on a line of its own: nothing else reports them when the whole load fails. */
    private static String describe(List<Corpus.Skipped> skipped) {
        if (skipped.isEmpty()) {
            return " (expected .md files with YAML front matter, or .txt files)";
        }
        StringBuilder sb = new StringBuilder("; " + skipped.size() + (skipped.size() == 1 ? " file" : " files")
                + " skipped:");
        skipped.forEach(s -> sb.append("\n  ").append(s.file()).append(": ").append(s.reason()));
        return sb.toString();
    }

    private static List<Path> articleFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            // Symbolic links are kept so a dangling one is reported as unreadable rather than ignored.
            return files.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f))
                    .filter(CorpusLoader::isArticleName)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CorpusException("cannot list corpus folder " + dir + ": " + e.getMessage(), e);
        }
    }

    static boolean isArticleName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"));
    }
}
