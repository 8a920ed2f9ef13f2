package byline.retrieval;

import byline.corpus.Chunk;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ChunkTextsTest {
    private static Sentence sentence(String doc, int position, String text) {
        return new Sentence(doc, position, text, Sentence.Kind.PROSE, "Deal", 0, "");
    }

    @Test
    void each_distinct_sentence_and_heading_is_embedded_once() {
        Chunk a = new Chunk("a", 0, "Deal", List.of(sentence("a", 0, "Anthropic bought Stainless."),
                sentence("a", 1, "It makes SDKs.")));
        Chunk b = new Chunk("b", 0, "Deal", List.of(sentence("b", 0, "Anthropic bought Stainless.")));

        List<String> texts = new ChunkTexts(List.of(a, b)).texts();

        assertEquals(List.of("Deal", "Anthropic bought Stainless.", "It makes SDKs."), texts);
    }

    @Test
    void a_chunk_vector_is_the_length_weighted_mean_of_its_heading_and_sentences() {
        Chunk c = new Chunk("a", 0, "Deal", List.of(sentence("a", 0, "Anthropic bought Stainless.")));
        ChunkTexts texts = new ChunkTexts(List.of(c));
        float[] heading = {1, 0};
        float[] only = {0, 1};

        List<float[]> composed = texts.chunkVectors(List.of(heading, only));

        // "Deal" has 4 characters, the sentence 27: the sentence dominates, the heading still pulls.
        assertArrayEquals(Embedder.normalize(new float[]{4, 27}), composed.get(0), 1e-6f);
    }
}
