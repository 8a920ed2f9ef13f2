package byline.retrieval;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the on-disk Lucene index of an updated large corpus as a copy of the last one with a {@link Delta}
 * applied: the old segments are copied as they are (an HNSW segment keeps its linked graph), the removed
 * articles' documents are deleted, and only the new chunks are added. The old folder is only read, so
 * questions in flight keep searching it until the new index is swapped in.
 */
final class LuceneUpdate {
    private static final Logger log = LoggerFactory.getLogger(LuceneUpdate.class);

    /** Makes the document of the chunk at {@code ordinal}, numbered {@code slot}. */
    interface Documents {
        Document of(int ordinal, int slot);
    }

    private LuceneUpdate() {
    }

    /**
     * @param deletions the removed articles' documents; empty when none go
     */
    static void write(Path from, Path to, IndexWriterConfig config, Optional<Query> deletions, Delta delta,
                      Documents documents, Progress progress) throws IOException {
        Files.createDirectories(to);
        Slots.clear(to);
        try (Directory source = FSDirectory.open(from); Directory target = FSDirectory.open(to);
             IndexWriter writer = new IndexWriter(target, config.setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            writer.addIndexes(source);
            if (deletions.isPresent()) {
                writer.deleteDocuments(deletions.get());
            }
            progress.start(Progress.Task.VECTOR_GRAPH, delta.added().size());
            for (int ordinal : delta.added()) {
                writer.addDocument(documents.of(ordinal, delta.slots().slot(ordinal)));
            }
            writer.commit();
            progress.advance(delta.added().size());
            progress.done();
        }
        delta.slots().write(to);
    }

    /**
     * Deletes the index folder of a corpus that is gone. Open readers keep reading the deleted files (POSIX); where
     * that is refused, the folder is left behind with a warning. Links are removed, never followed.
     */
    static void delete(Path dir) {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            IOUtils.rm(dir); // Lucene's own: removes links, never follows them
        } catch (IOException e) {
            log.warn("could not delete the old index {} ({})", dir, e.getMessage());
        }
    }
}
