package byline.bench;

import byline.answer.Answer;
import byline.answer.Citation;
import byline.answer.ExtractiveAnswerer;
import byline.answer.Question;
import byline.corpus.Corpus;
import byline.retrieval.Embedder;
import byline.retrieval.EmbeddingCache;
import byline.retrieval.Index;
import byline.retrieval.IndexBuilder;
import byline.retrieval.Passage;
import byline.retrieval.Progress;

import java.nio.file.Path;
import java.util.List;

/** Byline as shipped: the hybrid index and the extractive answerer, wired as the command line wires them. */
final class BylinePeer implements Peer {
    /** The shipped default of {@code byline.retrieval.top}. */
    static final int TOP = 16;
    private final Index index;
    private final ExtractiveAnswerer answerer;

    BylinePeer(Corpus corpus, Path cacheDir) {
        this.index = new IndexBuilder(new Embedder(), new EmbeddingCache(cacheDir), Progress.NONE).build(corpus);
        this.answerer = new ExtractiveAnswerer(index, index, corpus, byline.answer.AnswerModels.bundled(), TOP);
    }

    @Override
    public String name() {
        return "Byline";
    }

    @Override
    public String description() {
        return "sentence-aware chunks, MiniLM (int8, Byline's default) + BM25 fused by RRF, extractive answer with cited "
                + "sentences, abstains";
    }

    @Override
    public Reply ask(String question) {
        long start = System.nanoTime();
        Answer a = answerer.answer(new Question(question));
        double ms = (System.nanoTime() - start) / 1e6;
        List<String> retrieved = index.retrieve(question, TOP).stream().map(Passage::chunk)
                .map(c -> c.docId()).distinct().toList();
        return new Reply(a.text(), a.abstained(), a.citations().stream().map(Citation::doc).toList(), retrieved, ms);
    }
}
