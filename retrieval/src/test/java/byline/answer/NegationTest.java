package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NegationTest {

    @Test
    void a_negated_question_is_not_matched_by_a_sentence_that_states_only_what_happened() {
        assertTrue(Negation.unmatched("Which bakery did not enter the fair?", "Four bakeries entered the fair."));
        assertTrue(Negation.unmatched("Who never paid the fee?", "The stallholders paid the fee in March."));
        assertTrue(Negation.unmatched("What didn’t the council approve?", "The council approved the new car park."));
    }

    @Test
    void a_sentence_that_states_a_negative_in_any_words_matches() {
        assertFalse(Negation.unmatched("Which bakery did not enter the fair?", "Only Crumbs did not enter."));
        assertFalse(Negation.unmatched("Who didn't pay the fee?", "Two stallholders refused to pay the fee."));
        assertFalse(Negation.unmatched("What was the mayor not told?", "The mayor went ahead without a report."));
        assertFalse(Negation.unmatched("Which shop wasn't open?", "The bakery hadn't opened by noon."));
    }

    @Test
    void a_question_that_negates_nothing_is_never_unmatched() {
        assertFalse(Negation.unmatched("Which bakery entered the fair?", "Four bakeries entered the fair."));
        assertFalse(Negation.unmatched("Did the council say whether or not it would appeal?", "The council will appeal."));
        assertFalse(Negation.unmatched("What may or may not change next year?", "Fees will change next year."));
        assertFalse(Negation.unmatched("Who was not only a baker but a judge?", "Ann Lee baked and judged."));
    }
}
