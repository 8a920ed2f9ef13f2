package byline.retrieval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HybridRetrievalTest {
    private final Index index = SharedModel.index();

    @Test
    void finds_a_paraphrased_passage_by_meaning() {
        List<Passage> hits = index.retrieve("teacher who explains neural nets to programmers", 3);

        assertTrue(hits.stream().anyMatch(p -> p.chunk().text().contains("educational style")), hits.toString());
        assertTrue(hits.get(0).denseRank() > 0);
    }

    @Test
    void finds_a_rare_exact_term_by_keyword() {
        List<Passage> hits = index.retrieve("Uncapped", 3);

        Passage found = hits.stream().filter(p -> p.chunk().text().contains("\"Uncapped\" podcast")).findFirst()
                .orElseThrow(() -> new AssertionError(hits.toString()));
        assertEquals(1, found.bm25Rank());
    }

    @Test
    void fuses_both_rankings_and_orders_by_fused_score() {
        List<Passage> hits = index.retrieve("How much will Anthropic pay xAI for compute each month?", 8);

        assertEquals("ai-assisted-research-bet", hits.get(0).chunk().docId());
        assertTrue(hits.get(0).denseRank() > 0 && hits.get(0).bm25Rank() > 0, hits.get(0).detail());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
        }
    }

    @Test
    void matches_hyphenated_and_joined_spellings_alike() {
        Lexicon lexicon = index.lexicon();

        assertTrue(lexicon.terms("pre-training").containsAll(lexicon.terms("pretraining")));
        assertTrue(lexicon.terms("the second quarter").contains("q2"));
    }
}
