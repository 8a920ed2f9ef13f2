package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LengthsTest {
    @Test
    void given_a_question_about_height_depth_or_distance_then_a_length_is_asked() {
        for (String q : List.of("How tall is the Harrowby kiln chimney?", "how deep is the mill pond",
                "How far is the kiln from the station?", "how far away is the showroom", "What distance is the walk?")) {
            assertTrue(Lengths.asked(q), q);
        }
    }

    @Test
    void given_how_far_about_time_or_a_gap_in_a_table_or_how_big_then_no_length_is_asked() {
        for (String q : List.of("How far back do the kiln's records go?", "How far did Harrowby shares fall?",
                "how far are harrowby off the top of the league", "How big is the kiln's order book?")) {
            assertFalse(Lengths.asked(q), q);
        }
    }

    @Test
    void given_a_figure_with_a_unit_of_length_then_a_length_is_stated() {
        for (String s : List.of("The chimney is 42 metres tall.", "It stands 1.3 miles away.", "a 2.1-kilometre walk",
                "The pond is 30 cm deep.", "a block six storeys high", "It is 300ft tall.",
                "a 28-nautical-mile race", "Passwords need at least 12 characters.", "the 64-page report")) {
            assertTrue(Lengths.statedIn(s), s);
        }
    }

    @Test
    void given_a_count_or_a_sum_then_no_length_is_stated() {
        for (String s : List.of("Thirty-seven potters went to the kiln.", "It raised £18,450 in June.",
                "The kiln cost £4m to build.", "In 2024 it opened.")) {
            assertFalse(Lengths.statedIn(s), s);
        }
    }
}
