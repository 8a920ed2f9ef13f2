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
    private static boolean countable(String question, String text, String figure) {
        int at = text.indexOf(figure);
        return Quantities.countable(question, text, new int[] {at, at + figure.length()});
    }

    @Test
    void given_an_ordinal_or_a_share_then_it_counts_nothing_unless_it_counts_a_run() {
        String question = "How many loaves did the bakery sell?";
        assertFalse(countable(question, "Sales rose in the 3rd week of the fair.", "3"));
        assertFalse(countable(question, "Sales rose for the third year.", "third"));
        assertFalse(countable(question, "The bakery sold half its stock.", "half"));
        assertTrue(countable(question, "It was the third time the bakery sold out.", "third"));
        assertTrue(countable(question, "Sales fell for the fifth quarter in a row.", "quarter"));
        assertTrue(countable(question, "The bakery sold 400 loaves.", "400"));
    }

    @Test
    void given_a_share_of_a_set_of_things_then_it_says_how_many_of_them() {
        String question = "How many loaves did the bakery give away?";
        assertTrue(countable(question, "It gave away more than half of its loaves.", "half"));
        assertTrue(countable(question, "It gave away a third of the loaves.", "third"));
        assertFalse(countable(question, "Sales fell in the first half of the year.", "half"));
        assertFalse(countable(question, "Rain spoiled half of the season.", "half"));
    }

    @Test
    void given_a_scale_word_after_a_figure_then_the_figure_counts_not_the_word() {
        String text = "The chain spent $4 million on ovens and sold 2 million loaves.";
        assertFalse(countable("How many bakers work there?", text, "million"));
        assertTrue(countable("How many loaves?", "It sold a million loaves.", "million"));
    }

    @Test
    void given_a_decimal_then_only_millions_or_billions_of_it_count() {
        assertFalse(countable("How many shares were traded?", "The shares closed at 41.20 on Friday.", "41.20"));
        assertTrue(countable("How many passengers flew?", "It carried 9.8 million passengers.", "9.8"));
    }

    @Test
    void given_a_figure_in_a_unit_of_measure_then_it_counts_only_that_unit_when_asked() {
        assertFalse(countable("How many homes burned?", "The fire covered 9,500 acres.", "9,500"));
        assertFalse(countable("How many runners finished?", "It was 31°C at the start.", "31"));
        assertTrue(countable("How many acres burned?", "The fire covered 9,500 acres.", "9,500"));
        assertTrue(countable("How many kilometers long is it?", "The route is 240 kilometres long.", "240"));
    }
}
