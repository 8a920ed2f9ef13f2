package byline.retrieval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the cache folder from growing without end. Every start marks the cache entries it reads as used (their
 * modification time), and {@link #prune} deletes the entries no start has written or used for a while: those of
 * corpora no longer opened, of older Byline versions and of other embedding models. Only Byline's own names are
 * touched; a half-written leftover of a crashed write goes after a day.
 */
public final class CachePruning {
    private static final Logger log = LoggerFactory.getLogger(CachePruning.class);
    /** What Byline keeps in the folder: vectors, split articles, on-disk BM25 and on-disk vector graphs. */
    static final List<String> ENTRIES = List.of("embeddings-", "split-", "bm25-", "hnsw-");
    /** A write in progress (another process may be starting on the same folder) is never this old. */
    static final Duration LEFTOVER_AGE = Duration.ofDays(1);

    private final Path dir;
    private final Duration keep;

    /** @param keep how long an entry no start has used is kept */
    public CachePruning(Path dir, Duration keep) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("keep must be positive, got " + keep);
        }
        this.dir = dir;
        this.keep = keep;
    }

    /** Marks a cache file or folder as used now, so pruning keeps it; a read-only cache is left as it is. */
    static void markUsed(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("could not mark {} as used ({})", entry, e.getMessage());
        }
    }

    /** Deletes the entries not used within the keep period; returns how many went. Failures are logged, not thrown. */
    public int prune() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> entries = new ArrayList<>(); // listed first: a folder renamed aside must not be met twice
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            listing.forEach(entries::add);
        } catch (IOException e) {
            log.warn("could not list the cache folder {} ({})", dir, e.getMessage());
        }
        int removed = 0;
        Instant now = Instant.now();
        for (Path entry : entries) {
            if (expired(entry, now) && delete(entry)) {
                removed++;
            }
        }
        if (removed > 0) {
            log.info("removed {} cache entries unused for {} days from {}", removed, keep.toDays(), dir);
        }
        return removed;
    }

    private boolean expired(Path entry, Instant now) {
        String name = entry.getFileName().toString();
        if (ENTRIES.stream().noneMatch(name::startsWith)) {
            return false;
        }
        try {
            Instant used = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant();
            return Duration.between(used, now).compareTo(name.contains(".tmp") ? LEFTOVER_AGE : keep) > 0;
        } catch (IOException e) { // gone meanwhile: another process pruned or replaced it
            return false;
        }
    }

    /**
     * A folder is renamed to a leftover's name before its files go, so a prune cut short (the process ended) never
     * leaves a half-deleted index under a name a later start would open; the leftover goes at a later prune.
     */
    private static boolean delete(Path entry) {
        try {
            if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                return Files.deleteIfExists(entry);
            }
            Path doomed = entry.getFileName().toString().contains(".tmp") ? entry
                    : Files.move(entry, entry.resolveSibling(entry.getFileName() + ".tmp-pruned"));
            LuceneUpdate.delete(doomed);
            return !Files.exists(doomed, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            log.warn("could not delete the cache entry {} ({})", entry, e.getMessage());
            return false;
        }
    }
}
