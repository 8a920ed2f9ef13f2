package byline.retrieval;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Approximate search for large corpora: Lucene's HNSW graph over the chunk vectors, kept on disk next to the
 * embedding cache (memory-mapped, so a warm start opens it instead of rebuilding the graph). Documents are
 * added in ordinal order into segments that are never merged, so a Lucene doc id is the chunk ordinal.
 */
final class HnswVectors implements VectorIndex {
    private static final String FIELD = "v";
    /** Candidates the graph search explores per query, above the number asked for: trades speed for recall. */
    static final int EXPLORE = 1500;

    private final IndexSearcher searcher;
    private final List<float[]> vectors;

    private HnswVectors(IndexSearcher searcher, List<float[]> vectors) {
        this.searcher = searcher;
        this.vectors = vectors;
    }

    /** Opens the graph in {@code dir}, building it there first when it is missing or incomplete. */
    static HnswVectors open(Path dir, List<float[]> vectors, Progress progress) {
        try {
            if (!Files.exists(dir.resolve(COMPLETE))) {
                build(dir, vectors, progress);
            }
            DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
            if (reader.maxDoc() != vectors.size()) {
                reader.close();
                Files.deleteIfExists(dir.resolve(COMPLETE));
                return open(dir, vectors, progress);
            }
            return new HnswVectors(new IndexSearcher(reader), vectors);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the vector index in " + dir + " failed", e);
        }
    }

    private static final String COMPLETE = "byline-complete";
    private static final int PROGRESS_STEP = 1000;

    /** Lucene links each vector into the graph as it is added, so progress is counted per document. */
    private static void build(Path dir, List<float[]> vectors, Progress progress) throws IOException {
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(256);
        try (Directory d = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(d, config)) {
            progress.start(Progress.Task.VECTOR_GRAPH, vectors.size());
            for (int i = 0; i < vectors.size(); i++) {
                Document doc = new Document();
                doc.add(new KnnFloatVectorField(FIELD, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(doc);
                if ((i + 1) % PROGRESS_STEP == 0) {
                    progress.advance(i + 1);
                }
            }
            writer.commit();
            progress.advance(vectors.size());
            progress.done();
        }
        Files.writeString(dir.resolve(COMPLETE), Integer.toString(vectors.size()));
    }

    @Override
    public List<Hit> search(float[] query, int limit) {
        try {
            KnnFloatVectorQuery q = new KnnFloatVectorQuery(FIELD, query, Math.max(limit, EXPLORE));
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc d : searcher.search(q, limit).scoreDocs) {
                // DOT_PRODUCT scores (1 + dot) / 2 for normalised vectors.
                hits.add(new Hit(d.doc, 2.0 * d.score - 1));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("vector search failed", e);
        }
    }

    @Override
    public float[] vector(int ordinal) {
        return vectors.get(ordinal);
    }
}
