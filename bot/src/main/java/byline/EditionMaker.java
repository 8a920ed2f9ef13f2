package byline;

import byline.answer.AnswerModels;
import byline.answer.Answerer;
import byline.answer.ExtractiveAnswerer;
import byline.answer.llm.LlmAnswerer;
import byline.answer.llm.LlmModel;
import byline.corpus.Corpus;
import byline.live.Editions;
import byline.retrieval.Index;
import byline.retrieval.IndexBuilder;

import java.util.Optional;

/**
 * Builds an edition from a corpus: the index (embedding only text the builder has not seen) and the answerers on
 * it. One per running Byline, so later editions reuse the model, the vectors and the LLM client of the first.
 */
final class EditionMaker implements Editions {
    private final IndexBuilder builder;
    private final AnswerModels models = AnswerModels.bundled();
    private final int top;
    private final int llmPassages;
    private final Optional<LlmModel> llm;

    /**
     * @param top         passages the extractive answerer reads its candidate sentences from
     * @param llmPassages the best of those an LLM is shown: fewer, since each costs prompt tokens and time
     */
    EditionMaker(IndexBuilder builder, int top, int llmPassages, Optional<LlmModel> llm) {
        this.builder = builder;
        this.top = top;
        this.llmPassages = llmPassages;
        this.llm = llm;
    }

    @Override
    public Library.Edition of(Corpus corpus) {
        Index index = builder.build(corpus);
        ExtractiveAnswerer extractive = new ExtractiveAnswerer(index, index, corpus, models, top);
        Answerer answerer = llm.<Answerer>map(m -> new LlmAnswerer(m, corpus.byId(), extractive, llmPassages))
                .orElse(extractive);
        return new Library.Edition(corpus, answerer, extractive);
    }

    @Override
    public long textsEmbedded() {
        return builder.textsEmbedded();
    }
}
