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

import java.io.IOException;
import java.io.UncheckedIOException;
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
        this.lexicon = lexicon;
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(lexicon.analyzer()).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < chunks.size(); i++) {
                Document d = new Document();
                d.add(new TextField(TEXT, Lexicon.prepare(chunks.get(i).indexText()), Field.Store.NO));
                d.add(new StoredField(ORDINAL, i));
                d.add(new StringField(DOC, chunks.get(i).docId(), Field.Store.NO));
                writer.addDocument(d);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("building the BM25 index failed", e);
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
