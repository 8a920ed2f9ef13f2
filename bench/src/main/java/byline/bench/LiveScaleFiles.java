package byline.bench;

import org.apache.lucene.util.IOUtils;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folders of a live-scale run under its work folder: a copy of the corpus (the run adds to it), the new
 * articles waiting to be copied in, and the warm cache as a tree of links to the real one, so the update writes
 * its new files next to links and deletes links, never the real cache's files.
 */
record LiveScaleFiles(Path corpus, Path added, Path cache, Set<String> addedIds) {

    static LiveScaleFiles prepare(CorpusGenerator generator, Path source, Path realCache, Path work, int articles,
                                  int added) throws IOException {
        generator.generate(source, articles);
        deleteTree(work);
        LiveScaleFiles files = new LiveScaleFiles(work.resolve("corpus"), work.resolve("added"),
                work.resolve("cache"), new HashSet<>());
        Files.createDirectories(files.corpus());
        try (Stream<Path> articleFiles = Files.list(source)) {
            for (Path f : articleFiles.filter(f -> f.toString().endsWith(".md")).toList()) {
                Files.copy(f, files.corpus().resolve(f.getFileName()));
            }
        }
        Files.createDirectories(files.added());
        for (int i = articles; i < articles + added; i++) {
            Files.writeString(files.added().resolve(CorpusGenerator.id(i) + ".md"), generator.article(i));
            files.addedIds().add(CorpusGenerator.id(i));
        }
        linkTree(realCache.toAbsolutePath(), files.cache());
        return files;
    }

    /** Copies the new articles into the corpus folder; returns nanoTime when the copy started. */
    long copyAdded() throws IOException {
        long start = System.nanoTime();
        try (Stream<Path> files = Files.list(added)) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        return start;
    }

    /** Mirrors {@code from}'s folders and links each of its files. */
    private static void linkTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.createSymbolicLink(to.resolve(from.relativize(file).toString()), file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a previous run's work folder; links are deleted, never followed. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        IOUtils.rm(dir); // Lucene's own: removes links, never follows them
    }
}
