package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeUnitStatedTest {
    private final OneRuleCheck check = new OneRuleCheck("kiln", new TimeUnitStated());

    @Test
    void given_a_what_time_question_and_only_a_date_stated_then_it_is_declined() {
        Answerability.Verdict v = check.judge("What time does the Harrowby Kilns open day begin?",
                "Harrowby Kilns holds its open day on Saturday 14 June at the works on Mill Road.");

        assertFalse(v.answers());
        assertEquals(TimeUnitStated.NO_CLOCK_TIME, v.declined());
    }

    @Test
    void given_a_time_of_day_in_any_common_form_then_the_verdict_stands() {
        for (String time : List.of("at 9am", "at 9.30 a.m.", "at 19:45", "at noon", "at ten o'clock", "from 6:30pm")) {
            assertTrue(check.judge("what time does the open day at harrowby kilns start",
                    "The Harrowby Kilns open day starts " + time + " on Saturday.").answers(), time);
        }
    }

    @Test
    void given_a_what_time_question_about_a_race_then_the_time_it_took_answers() {
        for (String time : List.of("in 33:05", "in 2:11:48", "in 1:02:07.4", "in 104:30")) {
            assertTrue(check.judge("What time did Jo Pike run in the Ostley 10k?",
                    "Jo Pike of Harrowby Harriers won the Ostley 10k " + time + " on Sunday.").answers(), time);
        }
    }

    @Test
    void given_a_what_time_question_and_only_a_score_or_a_count_then_it_is_still_declined() {
        for (String figure : List.of("by 3-1", "with 33 points", "9.30 seconds ahead")) {
            assertFalse(check.judge("What time did Jo Pike run in the Ostley 10k?",
                    "Jo Pike of Harrowby Harriers won the Ostley 10k " + figure + " on Sunday.").answers(), figure);
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

    @Test
    void given_a_what_date_question_and_only_a_vague_time_weekdays_or_a_month_stated_then_it_is_declined() {
        for (String vague : List.of("in the coming weeks", "before the end of term", "Monday to Friday, 9am to 5pm",
                "in September", "in May")) {
            Answerability.Verdict v = check.judge("On what date will Harrowby Kilns open its showroom?",
                    "Harrowby Kilns will open its showroom " + vague + ".");

            assertFalse(v.answers(), vague);
            assertEquals(TimeUnitStated.NO_DATE, v.declined());
        }
    }

    @Test
    void given_a_date_in_any_common_form_then_the_verdict_stands() {
        for (String date : List.of("on 4 March", "on May 4", "on the 25th", "on 12/03/2026", "in 1998", "on 2026-03-12",
                "tomorrow")) {
            assertTrue(check.judge("from which date is the Harrowby Kilns showroom open",
                    "The Harrowby Kilns showroom opens " + date + ".").answers(), date);
        }
    }

    @Test
    void given_a_when_question_then_no_date_is_required() {
        assertTrue(check.judge("When will Harrowby Kilns open its showroom?",
                "Harrowby Kilns will open its showroom in the coming weeks.").answers());
    }

    @Test
    void given_a_what_year_or_which_month_question_then_a_year_or_a_month_is_required() {
        assertFalse(check.judge("In what year did Harrowby Kilns open its showroom?",
                "Harrowby Kilns opened its showroom after the war.").answers());
        assertTrue(check.judge("In what year did Harrowby Kilns open its showroom?",
                "Harrowby Kilns opened its showroom in 1952, after the war.").answers());
        assertTrue(check.judge("In what year was the Harrowby kiln first fired?",
                "The first Harrowby kiln was fired in 1169 by the abbey's monks.").answers());
        assertFalse(check.judge("In what year did Harrowby Kilns open its showroom?",
                "Harrowby Kilns opened its showroom to 1,240 visitors after the war.").answers());
        assertFalse(check.judge("Which month does the Harrowby Kilns open day fall in?",
                "The Harrowby Kilns open day falls on a Saturday.").answers());
        assertTrue(check.judge("Which month does the Harrowby Kilns open day fall in?",
                "The Harrowby Kilns open day falls on a Saturday in June.").answers());
    }

    @Test
    void given_a_question_for_dates_in_the_plural_and_only_a_length_of_time_stated_then_it_is_declined() {
        Answerability.Verdict v = check.judge("On which dates will the Harrowby Kilns showroom be shut?",
                "The Harrowby Kilns showroom will shut for two spells of about a week each.");

        assertFalse(v.answers());
        assertEquals(TimeUnitStated.NO_DATE, v.declined());
        assertTrue(check.judge("On which dates will the Harrowby Kilns showroom be shut?",
                "The Harrowby Kilns showroom will shut from 3 to 9 March and from 14 to 20 April.").answers());
    }
}
