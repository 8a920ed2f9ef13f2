package byline.retrieval;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbedderTest {
    private static final List<String> TEXTS = List.of("Stainless makes SDKs.",
            "Andrej Karpathy joined Anthropic's pretraining team under Nick Joseph, to use Claude to speed up "
                    + "the research that trains the next Claude.",
            "Q2", "Anthropic will pay xAI for compute each month.");
    private static final String LONG_TEXT = "The outlet reported the deal in detail, citing two people. ".repeat(60)
            + "Stainless makes SDKs for APIs and Anthropic bought it in May. ".repeat(60);

    private final Embedder embedder = SharedModel.embedder();

    @Test
    void the_default_model_is_the_quantized_one() {
        assertEquals(EmbeddingModel.QUANTIZED.id(), embedder.modelId());
    }

    @Test
    void a_corpus_text_embedded_in_bulk_gets_exactly_the_vector_it_gets_alone() {
        List<float[]> bulk = embedder.embedAll(TEXTS, done -> { });

        for (int i = 0; i < TEXTS.size(); i++) {
            assertEquals(1.0, Vectors.cosine(bulk.get(i), embedder.embed(TEXTS.get(i))), 1e-6, TEXTS.get(i));
        }
    }

    @Test
    void the_full_model_gives_each_text_of_a_padded_batch_the_vector_it_gets_alone() {
        Embedder full = new Embedder(EmbeddingModel.FULL);

        List<float[]> batched = full.embedAll(TEXTS, done -> { });

        for (int i = 0; i < TEXTS.size(); i++) {
            assertEquals(1.0, Vectors.cosine(batched.get(i), full.embed(TEXTS.get(i))), 1e-5, TEXTS.get(i));
        }
        float[] theirs = new AllMiniLmL6V2EmbeddingModel().embed(TEXTS.get(1)).content().vector();
        assertEquals(1.0, Vectors.cosine(full.embed(TEXTS.get(1)), Embedder.normalize(theirs)), 1e-6);
    }

    @Test
    void reports_progress_up_to_every_text_in_order() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < Embedder.BLOCK + 3; i++) {
            texts.add("Sentence number " + i + " about outlets.");
        }
        List<Integer> reported = new ArrayList<>();

        List<float[]> vectors = embedder.embedAll(texts, reported::add);

        assertEquals(texts.size(), vectors.size());
        assertEquals(texts.size(), reported.get(reported.size() - 1));
        assertTrue(Vectors.cosine(vectors.get(5), embedder.embed(texts.get(5))) > 0.99999);
    }

    @Test
    void the_quantized_model_gives_the_vectors_langchain4j_gives() {
        AllMiniLmL6V2QuantizedEmbeddingModel theirs = new AllMiniLmL6V2QuantizedEmbeddingModel();

        for (String text : TEXTS) {
            float[] v = theirs.embed(text).content().vector();
            assertEquals(1.0, Vectors.cosine(embedder.embed(text), Embedder.normalize(v)), 1e-6, text);
        }
    }

    @Test
    void a_text_longer_than_the_model_window_is_embedded_in_windows_close_to_langchain4j() {
        float[] ours = embedder.embed(LONG_TEXT);
        float[] theirs = new AllMiniLmL6V2QuantizedEmbeddingModel().embed(LONG_TEXT).content().vector();

        // Window edges may fall a word-piece apart from langchain4j's, so the vectors agree closely, not exactly.
        assertEquals(1.0, Vectors.cosine(ours, Embedder.normalize(theirs)), 1e-2);
    }
}
