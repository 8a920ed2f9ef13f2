package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneNumbersTest {

    private static List<String> numbers(String text) {
        return PhoneNumbers.spans(text).stream().map(v -> text.substring(v[0], v[1])).toList();
    }

    @Test
    void given_numbers_written_for_dialling_then_each_is_one_telephone_number() {
        assertEquals(List.of("01632 960 400"), numbers("Call the lido on 01632 960 400 to book."));
        assertEquals(List.of("800-555-0199"), numbers("The hotline is 800-555-0199."));
        assertEquals(List.of("+44 20 7946 0000"), numbers("From abroad, dial +44 20 7946 0000."));
        assertEquals(List.of("ext. 4400"), numbers("Staff can ring the desk on ext. 4400."));
    }

    @Test
    void given_counts_sums_years_and_dates_then_none_is_a_telephone_number() {
        assertEquals(List.of(), numbers("The lido took 4,400 calls in 2025 and raised £12,500."));
        assertEquals(List.of(), numbers("It reopened on 14 March 2026 after 18 months."));
    }

    @Test
    void given_a_contact_line_then_its_digits_count_nothing() {
        String contact = "Press office: 01632 960775, press@lido.example";
        assertFalse(Quantities.newIn("How many swimmers took part?", contact));
        assertTrue(Quantities.newIn("How many swimmers took part?", "Some 212 swimmers took part; call 01632 960775."));
    }
}
