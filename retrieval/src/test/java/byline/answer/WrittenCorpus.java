package byline.answer;

import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import byline.retrieval.EmbeddingCache;
import byline.retrieval.Index;
import byline.retrieval.IndexBuilder;
import byline.retrieval.Progress;
import byline.retrieval.SharedModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small corpus a test writes into a folder, and the extractive answerer over it with the shipped models. */
final class WrittenCorpus {
    private WrittenCorpus() {
    }

    /** Writes one article, front matter and body, as {@code id.md}. */
    static void write(Path dir, String id, String title, String outlet, String published, String body)
            throws IOException {
        Files.writeString(dir.resolve(id + ".md"), "---\ntitle: \"" + title + "\"\noutlet: \"" + outlet
                + "\"\npublished: \"" + published + "\"\n---\n" + body);
    }

    /** The answerer over the articles written to {@code dir}, reading the best 8 passages as Byline does. */
    static ExtractiveAnswerer answerer(Path dir) throws IOException {
        Corpus corpus = new CorpusLoader().load(dir);
        Index index = new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(Path.of("target", "test-embeddings")),
                Progress.NONE).build(corpus);
        return new ExtractiveAnswerer(index, index, corpus, AnswerModels.bundled(), 8);
    }
}
