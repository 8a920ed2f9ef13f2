package byline.retrieval;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbedderTest {
    private final Embedder embedder = SharedModel.embedder();

    @Test
    void a_padded_batch_gives_each_text_the_vector_it_gets_alone() {
        List<String> texts = List.of("Stainless makes SDKs.",
                "Andrej Karpathy joined Anthropic's pretraining team under Nick Joseph, to use Claude to speed up "
                        + "the research that trains the next Claude.",
                "Q2", "Anthropic will pay xAI for compute each month.");

        List<float[]> batched = embedder.embedAll(texts, done -> { });

        for (int i = 0; i < texts.size(); i++) {
            assertEquals(1.0, Index.cosine(batched.get(i), embedder.embed(texts.get(i))), 1e-5, texts.get(i));
        }
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
        assertTrue(Index.cosine(vectors.get(5), embedder.embed(texts.get(5))) > 0.99999);
    }

    @Test
    void a_text_longer_than_the_model_window_is_embedded_in_windows_close_to_langchain4j() {
        String longText = "The outlet reported the deal in detail, citing two people. ".repeat(60)
                + "Stainless makes SDKs for APIs and Anthropic bought it in May. ".repeat(60);

        float[] ours = embedder.embed(longText);
        float[] theirs = new AllMiniLmL6V2EmbeddingModel().embed(longText).content().vector();

        // Window edges may fall a word-piece apart from langchain4j's, so the vectors agree closely, not exactly.
        assertEquals(1.0, Index.cosine(ours, Embedder.normalize(theirs)), 1e-2);
    }
}
