package byline.retrieval;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Approximate search for large corpora: Lucene's HNSW graph over the chunk vectors, kept on disk next to the
 * embedding cache (memory-mapped, so a warm start opens it instead of rebuilding the graph). Linking is the
 * slow part of a build and runs on every core: each thread adds a share of the chunks, so each builds its
 * own segment's graph, and each document carries its chunk's slot as a doc value ({@link Slots}). A live update
 * copies the last graph's segments and links only the new chunks, into a segment of their own.
 */
final class HnswVectors implements VectorIndex {
    private static final Logger log = LoggerFactory.getLogger(HnswVectors.class);
    private static final String FIELD = "v";
    private static final String ORDINAL = "ordinal";
    /** Candidates the graph search explores per query, above the number asked for: trades speed for recall. */
    static final int EXPLORE = 2000;

    private final IndexSearcher searcher;
    private final List<LeafReaderContext> leaves;
    private final List<float[]> vectors;
    private final Slots slots;

    private HnswVectors(IndexSearcher searcher, List<float[]> vectors, Slots slots) {
        this.searcher = searcher;
        this.leaves = searcher.getIndexReader().leaves();
        this.vectors = vectors;
        this.slots = slots;
    }

    /** Opens the graph in {@code dir}, building it there first when it is missing or incomplete. */
    static HnswVectors open(Path dir, List<float[]> vectors, Progress progress) {
        try {
            if (!Files.exists(dir.resolve(COMPLETE))) {
                build(dir, vectors, progress);
            }
            DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
            Optional<Slots> slots = Slots.read(dir, vectors.size());
            if (reader.numDocs() != vectors.size() || slots.isEmpty()) {
                reader.close();
                Files.deleteIfExists(dir.resolve(COMPLETE));
                return open(dir, vectors, progress);
            }
            CachePruning.markUsed(dir);
            return new HnswVectors(new IndexSearcher(reader), vectors, slots.get());
        } catch (IOException e) {
            throw new UncheckedIOException("opening the vector index in " + dir + " failed", e);
        }
    }

    /**
     * The graph of an updated corpus in {@code dir}: a copy of the one in {@code lastDir} with the removed
     * articles' chunks deleted and only the new chunks linked in. Built whole when that fails (the last folder
     * gone, say); opened as it is when already there.
     *
     * @param delta the change from the last graph's chunks to these (computed only when the graph is written)
     */
    static HnswVectors update(Path lastDir, Path dir, List<float[]> vectors, Supplier<Delta> delta,
                              Progress progress) {
        if (!Files.exists(dir.resolve(COMPLETE))) {
            try {
                Delta change = delta.get();
                IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE)
                        .setRAMBufferSizeMB(512); // one new segment; merging would link the whole graph again
                Optional<Query> deletions = change.removedSlots().length == 0 ? Optional.empty()
                        : Optional.of(NumericDocValuesField.newSlowSetQuery(ORDINAL, change.removedSlots()));
                LuceneUpdate.write(lastDir, dir, config, deletions, change,
                        (ordinal, slot) -> document(vectors.get(ordinal), slot), progress);
                Files.writeString(dir.resolve(COMPLETE), Integer.toString(vectors.size()));
            } catch (IOException e) {
                log.warn("updating the vector graph from {} failed ({}); linking it whole", lastDir, e.getMessage());
            }
        }
        return open(dir, vectors, progress);
    }

    /** Written last; its name changes with the layout, so a graph of an older layout is rebuilt. */
    private static final String COMPLETE = "byline-complete-v2";
    private static final int PROGRESS_STEP = 1000;

    /** Lucene links each vector into its segment's graph as it is added, so progress is counted per document. */
    private static void build(Path dir, List<float[]> vectors, Progress progress) throws IOException {
        Files.createDirectories(dir);
        Slots.clear(dir);
        IndexWriterConfig config = new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(512);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Directory d = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(d, config)) {
            progress.start(Progress.Task.VECTOR_GRAPH, vectors.size());
            AtomicInteger added = new AtomicInteger();
            List<Future<?>> shares = new ArrayList<>();
            int share = (vectors.size() + threads - 1) / threads;
            for (int from = 0; from < vectors.size(); from += share) {
                int start = from;
                int end = Math.min(vectors.size(), from + share);
                shares.add(pool.submit(() -> add(writer, vectors, start, end, added, progress)));
            }
            for (Future<?> f : shares) {
                await(f);
            }
            writer.commit();
            progress.advance(vectors.size());
            progress.done();
        } finally {
            pool.shutdownNow();
        }
        Files.writeString(dir.resolve(COMPLETE), Integer.toString(vectors.size()));
    }

    private static Void add(IndexWriter writer, List<float[]> vectors, int from, int to, AtomicInteger added,
                            Progress progress) throws IOException {
        for (int i = from; i < to; i++) {
            writer.addDocument(document(vectors.get(i), i));
            int done = added.incrementAndGet();
            if (done % PROGRESS_STEP == 0) {
                synchronized (progress) { // a terminal bar is drawn by one thread at a time
                    progress.advance(done);
                }
            }
        }
        return null;
    }

    /** A chunk's vector, with the slot that maps the document back to the chunk. */
    private static Document document(float[] vector, int slot) {
        Document doc = new Document();
        doc.add(new KnnFloatVectorField(FIELD, vector, VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new NumericDocValuesField(ORDINAL, slot));
        return doc;
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while linking the vector graph", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io
                    : new IOException("linking the vector graph failed", e.getCause());
        }
    }

    @Override
    public List<Hit> search(float[] query, int limit) {
        try {
            KnnFloatVectorQuery q = new KnnFloatVectorQuery(FIELD, query, Math.max(limit, EXPLORE));
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc d : searcher.search(q, limit).scoreDocs) {
                // DOT_PRODUCT scores (1 + dot) / 2 for normalised vectors.
                hits.add(new Hit(ordinal(d.doc), 2.0 * d.score - 1));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("vector search failed", e);
        }
    }

    private int ordinal(int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
        if (ordinals == null || !ordinals.advanceExact(doc - leaf.docBase)) {
            throw new IOException("vector graph document " + doc + " has no chunk slot");
        }
        int ordinal = slots.ordinal((int) ordinals.longValue());
        if (ordinal < 0) {
            throw new IOException("vector graph document " + doc + " holds no chunk of this corpus");
        }
        return ordinal;
    }

    Slots slots() {
        return slots;
    }

    @Override
    public float[] vector(int ordinal) {
        return vectors.get(ordinal);
    }
}
