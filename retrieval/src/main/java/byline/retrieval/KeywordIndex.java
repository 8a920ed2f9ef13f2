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
import org.apache.lucene.search.TermQuery;
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
import java.util.Set;

/** BM25 over the chunks with Apache Lucene, in memory. */
final class KeywordIndex {
    private static final String TEXT = "text";
    private static final String ORDINAL = "ordinal";
    private static final String DOC = "doc";

    private final IndexSearcher searcher;
    private final Lexicon lexicon;

    KeywordIndex(List<Chunk> chunks, Lexicon lexicon) {
        this(lexicon, inMemory(chunks, lexicon));
    }

    private KeywordIndex(Lexicon lexicon, IndexSearcher searcher) {
        this.lexicon = lexicon;
        this.searcher = searcher;
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

    /** BM25 kept on disk in {@code dir} (large corpora): opened when complete there, written there first otherwise. */
    static KeywordIndex onDisk(Path dir, List<Chunk> chunks, Lexicon lexicon) {
        try {
            Path complete = dir.resolve("byline-complete");
            if (!Files.exists(complete)) {
                Files.createDirectories(dir);
                try (Directory d = FSDirectory.open(dir)) {
                    write(d, chunks, lexicon);
                }
                Files.writeString(complete, Integer.toString(chunks.size()));
            }
            DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
            if (reader.maxDoc() != chunks.size()) {
                reader.close();
                Files.delete(complete);
                return onDisk(dir, chunks, lexicon);
            }
            return new KeywordIndex(lexicon, new IndexSearcher(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("opening the BM25 index in " + dir + " failed", e);
        }
    }

    private static void write(Directory dir, List<Chunk> chunks, Lexicon lexicon) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(lexicon.analyzer()).setSimilarity(new BM25Similarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < chunks.size(); i++) {
                Document d = new Document();
                d.add(new TextField(TEXT, Lexicon.prepare(chunks.get(i).indexText()), Field.Store.NO));
                d.add(new StoredField(ORDINAL, i));
                d.add(new StringField(DOC, chunks.get(i).docId(), Field.Store.NO));
                writer.addDocument(d);
            }
            writer.commit();
        }
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
                out.add(searcher.storedFields().document(hit.doc).getField(ORDINAL).numericValue().intValue());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("BM25 search failed for: " + query, e);
        }
    }
}
