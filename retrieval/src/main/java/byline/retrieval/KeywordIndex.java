package byline.retrieval;

import byline.corpus.Chunk;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * BM25 over the chunks with Apache Lucene: in memory, or on disk for a large corpus, where a live update adds
 * and deletes documents in a copy of the last index instead of writing it again.
 */
final class KeywordIndex {
    private static final Logger log = LoggerFactory.getLogger(KeywordIndex.class);
    private static final String TEXT = "text";
    private static final String ORDINAL = "ordinal";
    private static final String DOC = "doc";

    private static final String COMPLETE = "byline-complete";

    private final IndexSearcher searcher;
    private final Lexicon lexicon;
    private final Slots slots;

    KeywordIndex(List<Chunk> chunks, Lexicon lexicon) {
        this(lexicon, inMemory(chunks, lexicon), Slots.identity(chunks.size()));
    }

    private KeywordIndex(Lexicon lexicon, IndexSearcher searcher, Slots slots) {
        this.lexicon = lexicon;
        this.searcher = searcher;
        this.slots = slots;
        searcher.setSimilarity(new BM25Similarity());
    }

    private static IndexSearcher inMemory(List<Chunk> chunks, Lexicon lexicon) {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            write(dir, chunks, lexicon);
            return new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("building the BM25 index failed", e);
        }
    }

    /**
     * BM25 kept on disk in {@code dir} (large corpora, and small ones past {@code IndexBuilder.BM25_ON_DISK}): opened
     * when complete there, written beside it first otherwise.
     */
    static KeywordIndex onDisk(Path dir, List<Chunk> chunks, Lexicon lexicon) {
        try {
            Path complete = dir.resolve(COMPLETE);
            if (!Files.exists(complete)) {
                writeAside(dir, chunks, lexicon);
            }
            DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
            Optional<Slots> slots = Slots.read(dir, chunks.size());
            if (reader.numDocs() != chunks.size() || slots.isEmpty()) {
                reader.close();
                Files.delete(complete);
                return onDisk(dir, chunks, lexicon);
            }
            CachePruning.markUsed(dir);
            return new KeywordIndex(lexicon, new IndexSearcher(reader), slots.get());
        } catch (IOException e) {
            throw new UncheckedIOException("opening the BM25 index in " + dir + " failed", e);
        }
    }

    /**
     * Writes the index in a folder beside {@code dir} and moves it into place whole: two processes starting on the same
     * corpus at once (a Slack and a Discord bot) must not write one folder together, nor read half of one.
     */
    private static void writeAside(Path dir, List<Chunk> chunks, Lexicon lexicon) throws IOException {
        Files.createDirectories(dir.getParent());
        Path aside = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".tmp-");
        try (Directory d = FSDirectory.open(aside)) {
            write(d, chunks, lexicon);
        }
        Files.writeString(aside.resolve(COMPLETE), Integer.toString(chunks.size()));
        if (Files.exists(dir.resolve(COMPLETE))) {
            LuceneUpdate.delete(aside); // another process finished first
            return;
        }
        LuceneUpdate.delete(dir); // a folder left incomplete
        try {
            Files.move(aside, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            LuceneUpdate.delete(aside); // another process moved its own into place meanwhile
        }
    }

    /**
     * BM25 of an updated corpus in {@code dir}: a copy of the one in {@code lastDir} with the removed or changed
     * articles' documents deleted by article id and the new chunks added. Deleted documents count in Lucene's
     * BM25 statistics until their segment is merged, so scores can differ slightly from a whole rebuild's.
     * Written whole when the update fails; opened as it is when already there.
     */
    static KeywordIndex update(Path lastDir, Path dir, List<Chunk> chunks, Lexicon lexicon, Supplier<Delta> delta) {
        if (!Files.exists(dir.resolve(COMPLETE))) {
            try {
                Delta change = delta.get();
                Optional<Query> deletions = change.removedDocs().isEmpty() ? Optional.empty()
                        : Optional.of(new TermInSetQuery(DOC, change.removedDocs().stream().map(BytesRef::new).toList()));
                LuceneUpdate.write(lastDir, dir, config(lexicon), deletions, change,
                        (ordinal, slot) -> document(chunks.get(ordinal), slot), Progress.NONE);
                Files.writeString(dir.resolve(COMPLETE), Integer.toString(chunks.size()));
            } catch (IOException e) {
                log.warn("updating the BM25 index from {} failed ({}); writing it whole", lastDir, e.getMessage());
            }
        }
        return onDisk(dir, chunks, lexicon);
    }

    private static IndexWriterConfig config(Lexicon lexicon) {
        return new IndexWriterConfig(lexicon.analyzer()).setSimilarity(new BM25Similarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    }

    private static void write(Directory dir, List<Chunk> chunks, Lexicon lexicon) throws IOException {
        try (IndexWriter writer = new IndexWriter(dir, config(lexicon))) {
            for (int i = 0; i < chunks.size(); i++) {
                writer.addDocument(document(chunks.get(i), i));
            }
            writer.commit();
        }
    }

    /** A chunk's text, its article (to delete by) and its slot (to map a hit back to the chunk). */
    private static Document document(Chunk chunk, int slot) {
        Document d = new Document();
        d.add(new TextField(TEXT, Lexicon.prepare(chunk.indexText()), Field.Store.NO));
        d.add(new StoredField(ORDINAL, slot));
        d.add(new StringField(DOC, chunk.docId(), Field.Store.NO));
        return d;
    }

    Slots slots() {
        return slots;
    }

    /** Chunk ordinals, best BM25 match first. */
    List<Integer> search(String query, int limit) {
        return search(query, limit, Set.of());
    }

    /** As {@link #search(String, int)}, within the given documents only (all when empty). */
    List<Integer> search(String query, int limit, Set<String> docs) {
        Set<String> terms = lexicon.terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        terms.forEach(t -> text.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD));
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(text.build(), BooleanClause.Occur.MUST);
        if (!docs.isEmpty()) {
            BooleanQuery.Builder within = new BooleanQuery.Builder();
            docs.forEach(d -> within.add(new TermQuery(new Term(DOC, d)), BooleanClause.Occur.SHOULD));
            q.add(within.build(), BooleanClause.Occur.FILTER);
        }
        try {
            List<Integer> out = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(q.build(), limit).scoreDocs) {
                int slot = searcher.storedFields().document(hit.doc).getField(ORDINAL).numericValue().intValue();
                out.add(slots.ordinal(slot));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("BM25 search failed for: " + query, e);
        }
    }
}
