package byline.bench;

import byline.corpus.Corpus;
import dev.langchain4j.data.segment.TextSegment;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Lucene BM25 alone (English analyzer) over the same recursive(300, 30) segments; answer = top segment. */
final class Bm25Peer implements Peer {
    private static final String TEXT = "text";
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final List<TextSegment> segments;
    private final IndexSearcher searcher;

    Bm25Peer(Corpus corpus) throws IOException {
        this.segments = Segments.of(corpus);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (TextSegment s : segments) {
                Document d = new Document();
                d.add(new TextField(TEXT, s.text(), Field.Store.NO));
                writer.addDocument(d);
            }
        }
        this.searcher = new IndexSearcher(DirectoryReader.open(dir)); // BM25 is Lucene's default similarity
    }

    @Override
    public String name() {
        return "Lucene BM25";
    }

    @Override
    public String description() {
        return "BM25 (`EnglishAnalyzer`) over the same segments, top 3; answer = top segment, cites the 3 segments' documents";
    }

    @Override
    public Reply ask(String question) {
        long start = System.nanoTime();
        try {
            List<TextSegment> hits = new ArrayList<>();
            for (ScoreDoc d : searcher.search(query(question), EasyRagPeer.TOP).scoreDocs) {
                hits.add(segments.get(d.doc));
            }
            List<String> docs = Segments.docs(hits);
            return new Reply(hits.isEmpty() ? "" : hits.get(0).text(), hits.isEmpty(), docs, docs,
                (System.nanoTime() - start) / 1e6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BooleanQuery query(String question) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        try (TokenStream ts = analyzer.tokenStream(TEXT, question)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                q.add(new TermQuery(new Term(TEXT, term.toString())), BooleanClause.Occur.SHOULD);
            }
            ts.end();
        }
        return q.build();
    }
}
