package byline.retrieval;

import byline.corpus.Chunk;

import java.util.List;

/**
 * The keys a large corpus's chunk vectors and BM25 index are cached under: digests of every chunk's text, with the
 * embedding model's id and the keyword-indexing code in front. Hashing the texts of 10,000 articles took about two
 * seconds of each start, so the keys are kept with the split corpus ({@link SplitCache}), whose own key already fixes
 * the texts; they are used again only while the model and the keyword code are the ones they were computed with.
 *
 * @param model       the embedding model's id the vector key was computed with
 * @param vectors     the key of the chunk vectors (and their graph)
 * @param keywordCode the fingerprint of the keyword-indexing code the BM25 key was computed with
 * @param bm25        the key of the BM25 index
 */
record TextKeys(String model, String vectors, String keywordCode, String bm25) {

    /** The keys of {@code chunks}' texts for the model {@code modelId} and the keyword code running now. */
    static TextKeys of(String modelId, List<Chunk> chunks) {
        List<String> texts = chunks.stream().map(Chunk::indexText).toList();
        String code = runningKeywordCode();
        return new TextKeys(modelId, EmbeddingCache.key(modelId, texts), code, EmbeddingCache.key(code, texts));
    }

    /** Whether these keys were computed for {@code modelId} and the keyword code running now. */
    boolean fits(String modelId) {
        return model.equals(modelId) && keywordCode.equals(runningKeywordCode());
    }

    private static String runningKeywordCode() {
        return Lexicon.codeFingerprint() + CodeFingerprint.of(KeywordIndex.class, "KeywordIndex");
    }
}
