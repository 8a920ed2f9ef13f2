package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeStatedTest {
    private final OneRuleCheck check = new OneRuleCheck("kiln", new TimeStated());

    @Test
    void given_a_question_about_when_something_will_happen_and_no_time_stated_then_it_is_declined() {
        Answerability.Verdict v = check.judge("When will Harrowby Kilns open its showroom?",
                "Harrowby Kilns said it would open a second showroom to meet demand.");

        assertFalse(v.answers());
        assertEquals(TimeStated.NO_TIME, v.declined());
    }

    @Test
    void given_a_time_in_any_common_form_then_the_verdict_stands() {
        for (String when : List.of("next spring", "on 4 March", "within weeks", "in two to three quarters",
                "by the end of the year", "at 9.30 a.m.", "on Tuesday", "later this month", "in 2027", "this fall")) {
            assertTrue(check.judge("when does Harrowby Kilns open the showroom",
                    "Harrowby Kilns will open its showroom " + when + ".").answers(), when);
        }
    }

    @Test
    void given_a_time_spoken_of_only_as_not_set_then_it_is_declined() {
        for (String unset : List.of("at a later date", "at its next meeting", "in due course",
                "once a date has been set, though no date has been set yet", "on a date to be announced")) {
            Answerability.Verdict v = check.judge("When will Harrowby Kilns open its showroom?",
                    "Harrowby Kilns said it would open its showroom " + unset + ".");
            assertFalse(v.answers(), unset);
        }
        assertFalse(check.judge("When will Harrowby Kilns open its showroom?",
                "Harrowby Kilns will open a showroom but has not yet named the date.").answers());
        assertTrue(check.judge("When will Harrowby Kilns open its showroom?",
                "The showroom opens on 4 March; prices are to be announced.").answers());
    }

    @Test
    void given_a_question_about_the_past_then_no_time_is_required() {
        assertTrue(check.judge("When did Harrowby Kilns open its showroom?",
                "Harrowby Kilns opened its showroom after the war ended.").answers());
    }

    @Test
    void given_fall_as_a_verb_then_it_is_not_a_time() {
        Answerability.Verdict v = check.judge("When will Harrowby Kilns cut its prices?",
                "Harrowby Kilns expects its prices to fall once the new kiln is running.");

        assertFalse(v.answers());
    }

    @Test
    void given_by_when_something_must_be_done_and_no_time_stated_then_it_is_declined() {
        Answerability.Verdict v = check.judge("By when must buyers collect their orders from Harrowby Kilns?",
                "Buyers can collect their orders from the Harrowby Kilns showroom on Mill Road.");

        assertFalse(v.answers());
    }
}
