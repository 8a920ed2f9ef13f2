package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodStatedTest {
    private final OneRuleCheck check = new OneRuleCheck("allotment", new PeriodStated());

    @Test
    void given_a_question_for_a_yearly_figure_and_only_a_monthly_one_shown_then_it_is_declined() {
        Answerability.Verdict v = check.judge("What does an annual plot at Ferndale Allotments cost?",
                "From May a plot at Ferndale Allotments will cost £9 a month, up from £7.");

        assertFalse(v.answers());
        assertEquals(PeriodStated.OTHER_PERIOD, v.declined());
    }

    @Test
    void given_the_same_period_in_other_words_then_the_verdict_stands() {
        for (String rate : List.of("£96 a year", "£96 per year", "£96 annually", "£96/yr", "an annual fee of £96")) {
            assertTrue(check.judge("how much is a ferndale allotment plot per year",
                    "A plot at Ferndale Allotments costs " + rate + ", with water included.").answers(), rate);
        }
    }

    @Test
    void given_a_shown_sentence_that_names_no_period_then_the_verdict_stands() {
        assertTrue(check.judge("What does a yearly plot at Ferndale Allotments cost?",
                "A plot at Ferndale Allotments costs £96, and the waiting list has 40 names.").answers());
    }

    @Test
    void given_period_words_that_are_no_rate_then_no_period_is_read() {
        for (String text : List.of("Membership rose 12% from a year earlier.", "The site closed for a month.",
                "Members voted at the annual general meeting.", "Staff get 25 days' annual leave.",
                "The Ferndale Weekly reported the rise.", "Within a week the plots were taken.")) {
            assertEquals(Set.of(), PeriodStated.periods(text), text);
        }
    }

    @Test
    void given_rates_in_common_forms_then_their_periods_are_read() {
        assertEquals(Set.of(PeriodStated.Period.WEEK, PeriodStated.Period.HOUR),
                PeriodStated.periods("Volunteers give four hours a week, paid £12 per hour in the shop."));
        assertEquals(Set.of(PeriodStated.Period.DAY), PeriodStated.periods("About 300 people visit daily."));
    }

    @Test
    void given_a_figure_right_before_the_period_then_it_is_a_rate_even_when_a_start_date_follows() {
        assertEquals(Set.of(PeriodStated.Period.HOUR),
                PeriodStated.periods("Parking in Ferndale will rise from £2.20 to £2.60 an hour from 1 April."));
        assertEquals(Set.of(PeriodStated.Period.DAY), PeriodStated.periods("The pumps move 300 a day until June."));
        assertEquals(Set.of(), PeriodStated.periods("A year from now the plots will be rebuilt."));
        assertTrue(check.judge("ferndale parking going up to what per hr",
                "Parking in Ferndale will rise from £2.20 to £2.60 an hour from 1 April, raising £90,000 a year.")
                .answers());
    }

    @Test
    void given_a_question_naming_two_periods_then_the_rule_does_not_apply() {
        assertTrue(check.judge("What does a plot cost a month, and what a year?",
                "A plot at Ferndale Allotments costs £9 a week.").answers());
    }
}
