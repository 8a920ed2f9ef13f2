package byline.bench;

import byline.corpus.Corpus;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

import java.util.List;

/**
 * The langchain4j default a Java developer would write: recursive(300, 30) segments, all-MiniLM-L6-v2,
 * {@code InMemoryEmbeddingStore}, top 3. The answer is the best segment; it cites the retrieved segments' documents.
 */
final class EasyRagPeer implements Peer {
    static final int TOP = 3;
    private final EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();

    EasyRagPeer(Corpus corpus) {
        List<TextSegment> segments = Segments.of(corpus);
        store.addAll(model.embedAll(segments).content(), segments);
    }

    @Override
    public String name() {
        return "Easy RAG (langchain4j)";
    }

    @Override
    public String description() {
        return "`DocumentSplitters.recursive(300, 30)`, all-MiniLM-L6-v2, `InMemoryEmbeddingStore`, top 3; "
                + "answer = top segment, cites the documents of the 3 segments";
    }

    @Override
    public Reply ask(String question) {
        long start = System.nanoTime();
        Embedding q = model.embed(question).content();
        List<TextSegment> hits = store.search(EmbeddingSearchRequest.builder().queryEmbedding(q).maxResults(TOP)
                .build()).matches().stream().map(EmbeddingMatch::embedded).toList();
        List<String> docs = Segments.docs(hits);
        return new Reply(hits.isEmpty() ? "" : hits.get(0).text(), hits.isEmpty(), docs, docs,
                (System.nanoTime() - start) / 1e6);
    }
}
