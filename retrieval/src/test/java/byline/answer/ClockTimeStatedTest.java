package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClockTimeStatedTest {
    private final OneRuleCheck check = new OneRuleCheck("kiln", new ClockTimeStated());

    @Test
    void given_a_what_time_question_and_only_a_date_stated_then_it_is_declined() {
        Answerability.Verdict v = check.judge("What time does the Harrowby Kilns open day begin?",
                "Harrowby Kilns holds its open day on Saturday 14 June at the works on Mill Road.");

        assertFalse(v.answers());
        assertEquals(ClockTimeStated.NO_CLOCK_TIME, v.declined());
    }

    @Test
    void given_a_time_of_day_in_any_common_form_then_the_verdict_stands() {
        for (String time : List.of("at 9am", "at 9.30 a.m.", "at 19:45", "at noon", "at ten o'clock", "from 6:30pm")) {
            assertTrue(check.judge("what time does the open day at harrowby kilns start",
                    "The Harrowby Kilns open day starts " + time + " on Saturday.").answers(), time);
        }
    }

    @Test
    void given_when_at_what_time_or_a_time_of_year_or_a_time_frame_then_no_time_of_day_is_required() {
        String dated = "Harrowby Kilns holds its open day every June, after the spring firing.";

        assertTrue(check.judge("When is the Harrowby Kilns open day?", dated).answers());
        assertTrue(check.judge("At what time is the Harrowby Kilns open day held?", dated).answers());
        assertTrue(check.judge("What time of year is the Harrowby Kilns open day?", dated).answers());
        assertTrue(check.judge("Over what time frame will Harrowby Kilns hold open days?", dated).answers());
    }
}
