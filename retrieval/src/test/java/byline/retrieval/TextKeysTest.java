package byline.retrieval;

import byline.corpus.Chunk;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextKeysTest {
    private static Chunk chunk(String doc, String text) {
        return new Chunk(doc, 0, "Kiln", List.of(new Sentence(doc, 0, text, Sentence.Kind.PROSE, "Kiln", 0, "")));
    }

    @Test
    void the_vector_key_is_the_digest_of_the_model_and_every_chunk_text() {
        List<Chunk> chunks = List.of(chunk("a", "The kiln opened in May."), chunk("b", "Ostley paid for it."));

        TextKeys keys = TextKeys.of("minilm", chunks);

        assertEquals(EmbeddingCache.key("minilm", chunks.stream().map(Chunk::indexText).toList()), keys.vectors());
        assertNotEquals(keys.vectors(), keys.bm25());
    }

    @Test
    void keys_fit_only_the_model_they_were_computed_for() {
        TextKeys keys = TextKeys.of("minilm", List.of(chunk("a", "The kiln opened in May.")));

        assertTrue(keys.fits("minilm"));
        assertFalse(keys.fits("bge-small"));
    }

    @Test
    void keys_computed_with_other_keyword_code_do_not_fit() {
        TextKeys keys = TextKeys.of("minilm", List.of(chunk("a", "The kiln opened in May.")));

        TextKeys older = new TextKeys(keys.model(), keys.vectors(), "an older keyword indexer", keys.bm25());

        assertFalse(older.fits("minilm"));
    }

    @Test
    void another_text_gives_other_keys() {
        TextKeys one = TextKeys.of("minilm", List.of(chunk("a", "The kiln opened in May.")));

        TextKeys two = TextKeys.of("minilm", List.of(chunk("a", "The kiln opened in June.")));

        assertNotEquals(one.vectors(), two.vectors());
        assertNotEquals(one.bm25(), two.bm25());
    }
}
