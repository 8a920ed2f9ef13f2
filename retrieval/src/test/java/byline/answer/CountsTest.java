package byline.answer;

import byline.retrieval.SharedModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountsTest {
    private final Counts counts = new Counts(SharedModel.index().lexicon());

    @Test
    void a_count_must_count_the_thing_asked_about() {
        assertTrue(counts.fits("How many people work there?", "That's a 30-person startup betting on it."));
        assertTrue(counts.fits("How many outlets' coverage does it compare?", "The four outlets covering the move agree."));
        assertFalse(counts.fits("How many people work there?", "It raised $650M to chase the loop."));
    }

    @Test
    void years_and_numbers_from_the_question_are_not_answers() {
        assertFalse(counts.fits("How many people work on the team?", "Year: 2026–; Where: Anthropic; Role: research"));
        assertFalse(counts.fits("How many outlets does BUSINESS 2.0 compare?", "BUSINESS 2.0 has no relationship."));
    }

    @Test
    void how_much_wants_an_amount_of_money() {
        assertTrue(counts.fits("How much will Anthropic pay xAI?", "a deal worth about $1.25 billion per month"));
        assertFalse(counts.fits("How much will Anthropic pay xAI?", "It has 12 data centers."));
    }
}
