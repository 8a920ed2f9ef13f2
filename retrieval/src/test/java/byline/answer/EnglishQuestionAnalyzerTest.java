package byline.answer;

import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import byline.retrieval.EmbeddingCache;
import byline.retrieval.Index;
import byline.retrieval.IndexBuilder;
import byline.retrieval.Progress;
import byline.retrieval.SharedModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnglishQuestionAnalyzerTest {
    @TempDir
    static Path dir;
    static EnglishQuestionAnalyzer analyzer;

    @BeforeAll
    static void writeCorpus() throws IOException {
        WrittenCorpus.write(dir, "kiln", "The Harrowby kiln relit", "Valley Times", "2025-09-14",
                "The Harrowby kiln was rebuilt by Ada Lowe and reaches 1,300 degrees.\n");
        WrittenCorpus.write(dir, "oven", "A new bread oven for Dunmore", "Valley Times", "2025-09-15",
                "The Dunmore bread oven reaches 250 degrees and bakes 300 loaves a day.\n");
        Corpus corpus = new CorpusLoader().load(dir);
        Index index = new IndexBuilder(SharedModel.embedder(), new EmbeddingCache(Path.of("target", "test-embeddings")),
                Progress.NONE).build(corpus);
        analyzer = new EnglishQuestionAnalyzer(index, index.lexicon(), corpus);
    }

    private static List<QuestionPart> parts(String question) {
        return analyzer.analyze(new Question(question, "", List.of(), List.of())).parts();
    }

    @Test
    void given_a_later_part_that_says_it_then_it_reads_with_the_part_before() {
        List<QuestionPart> parts = parts("Who rebuilt the Harrowby kiln, and how hot does it get?");

        assertEquals(2, parts.size());
        assertTrue(parts.get(1).weights().keySet().stream().anyMatch(t -> t.startsWith("harrowb")),
                parts.get(1).weights().toString());
    }

    @Test
    void given_a_later_part_that_names_its_own_subject_then_it_reads_alone() {
        List<QuestionPart> parts = parts("Who rebuilt the Harrowby kiln, and how hot does the Dunmore oven get?");

        assertEquals(2, parts.size());
        assertFalse(parts.get(1).weights().keySet().stream().anyMatch(t -> t.startsWith("harrowb")),
                parts.get(1).weights().toString());
    }
}
