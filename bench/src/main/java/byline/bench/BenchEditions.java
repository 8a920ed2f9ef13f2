package byline.bench;

import byline.Library;
import byline.answer.AnswerModels;
import byline.answer.ExtractiveAnswerer;
import byline.corpus.Corpus;
import byline.live.Editions;
import byline.retrieval.IndexBuilder;

/** Editions as Byline makes them without an LLM: the builder's index and the extractive answerer on it. */
final class BenchEditions implements Editions {
    private final IndexBuilder builder;
    private final AnswerModels models = AnswerModels.bundled();
    private final int top;

    BenchEditions(IndexBuilder builder, int top) {
        this.builder = builder;
        this.top = top;
    }

    @Override
    public Library.Edition of(Corpus corpus) {
        var index = builder.build(corpus);
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(index, index, corpus, models, top);
        return new Library.Edition(corpus, answerer, answerer);
    }

    @Override
    public long textsEmbedded() {
        return builder.textsEmbedded();
    }
}
