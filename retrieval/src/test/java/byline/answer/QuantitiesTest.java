package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantitiesTest {

    @Test
    void given_a_figure_before_a_unit_of_time_then_it_counts_time() {
        String text = "The bakery closed for three weeks and sold 400 loaves.";
        assertTrue(Quantities.countsTime(text, new int[] {text.indexOf("three"), text.indexOf("three") + 5}));
        assertFalse(Quantities.countsTime(text, new int[] {text.indexOf("400"), text.indexOf("400") + 3}));
        assertTrue(Quantities.asksTime("How many paid leave days do bakers get?"));
        assertFalse(Quantities.asksTime("How many loaves a day does the bakery sell?"));
    }

    @Test
    void given_only_a_year_when_asked_how_much_then_no_quantity_is_there() {
        assertFalse(Quantities.newIn("How much did the bakery raise?", "The bakery opened a second shop in 2019."));
        assertFalse(Quantities.newIn("How old is the baker?", "She founded the bakery in 1998 with her brother."));
        assertFalse(Quantities.newIn("How many loaves?", "The first bakery on the quay was built in 1784."));
        assertTrue(Quantities.newIn("How many soldiers?", "Some 1500 soldiers camped by the quay."));
    }

    @Test
    void given_a_day_of_the_month_or_a_clock_time_then_it_dates_rather_than_counts() {
        assertFalse(Quantities.newIn("How many loaves?", "The bakery reopens on March 4 after repairs."));
        assertFalse(Quantities.newIn("How many loaves?", "The bakery reopens on 4 March after repairs."));
        assertFalse(Quantities.newIn("How many loaves?", "The oven was lit at 5:30 in the morning."));
        assertFalse(Quantities.newIn("How many loaves?", "The shop is open from 11am to 4 pm."));
        assertFalse(Quantities.newIn("How many loaves?", "Baking starts at 7.30pm, or at 6 a.m. on Sundays."));
    }

    @Test
    void given_a_label_with_digits_then_it_names_rather_than_counts() {
        assertFalse(Quantities.newIn("How much did sales grow?", "Sales in Q3 were described as steady."));
    }

    @Test
    void given_counts_money_and_shares_then_they_are_quantities() {
        assertTrue(Quantities.newIn("How many loaves?", "The bakery sold 1,200 loaves in March."));
        assertTrue(Quantities.newIn("How much did it raise?", "It raised $2025 at the fair."));
        assertTrue(Quantities.newIn("How many loaves?", "The bakery sold twelve loaves."));
        assertTrue(Quantities.newIn("How much did prices rise?", "Prices rose 2020 percent in a decade."));
        assertTrue(Quantities.newIn("How many staff?", "On March 4 the bakery had 31 staff."));
    }

    @Test
    void given_a_word_for_some_or_many_then_it_is_vague_and_a_count_is_not() {
        String text = "Several stalls and thousands of visitors came, and 12 stalls sold out.";
        java.util.List<int[]> spans = Quantities.spans("How many stalls?", text);

        assertTrue(Quantities.isVague(text, spans.get(0)));
        assertTrue(Quantities.isVague(text, spans.get(1)));
        assertFalse(Quantities.isVague(text, spans.get(2)));
    }

    @Test
    void given_a_number_the_question_already_holds_then_it_is_not_new() {
        assertFalse(Quantities.newIn("How many of the 40 loaves sold?", "All 40 loaves were baked by noon."));
    }

    @Test
    void given_a_fraction_or_a_multiple_in_words_then_it_is_a_quantity() {
        assertTrue(Quantities.newIn("By how much did the bill shrink?", "The move cut the bakery's bill by a third."));
        assertTrue(Quantities.newIn("How many times did it flood?", "The cellar flooded twice last winter."));
        assertTrue(Quantities.newIn("How many doses are needed?", "The vaccine is given as a single injection."));
    }
}
