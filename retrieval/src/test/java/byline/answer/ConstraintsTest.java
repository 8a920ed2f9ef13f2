package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConstraintsTest {

    @Test
    void another_quarter_than_the_one_asked_about_conflicts() {
        assertTrue(Constraints.conflict("What did the bakery earn in Q1?", "In Q2 the bakery earned 40,000 euros."));
        assertTrue(Constraints.conflict("What did it earn in the first quarter?", "Second-quarter earnings rose."));
        assertFalse(Constraints.conflict("What did it earn in Q1?", "First-quarter earnings rose to 3 million."));
    }

    @Test
    void another_year_than_the_one_asked_about_conflicts() {
        assertTrue(Constraints.conflict("Who won the 2019 regatta?", "The 2021 regatta was won by Harlow."));
        assertFalse(Constraints.conflict("Who won the 2019 regatta?", "Harlow won the 2019 regatta."));
    }

    @Test
    void a_year_of_an_older_history_conflicts_too_but_a_quantity_is_not_a_year() {
        assertTrue(Constraints.conflict("Who built the abbey in 1120?", "The abbey was rebuilt in 1184 by the monks."));
        assertFalse(Constraints.conflict("Who built the abbey in 1120?", "Some 1,500 monks lived at the abbey."));
        assertFalse(Constraints.conflict("Who built the abbey in 1120?", "The monks paid 1500.50 florins for it."));
    }

    @Test
    void a_century_conflicts_with_years_and_centuries_outside_it() {
        assertTrue(Constraints.conflict("Which abbey was built in the 12th century?", "The abbey was founded in 1204."));
        assertTrue(Constraints.conflict("Which abbey was built in the 12th century?", "It dates from the 13th century."));
        assertFalse(Constraints.conflict("Which abbey was built in the 12th century?", "The abbey was founded in 1120."));
        assertFalse(Constraints.conflict("Which abbey was built in 1120?", "It is a 12th-century abbey."));
    }

    @Test
    void a_decade_conflicts_with_years_and_decades_outside_it() {
        assertTrue(Constraints.conflict("What did the mill make in the 1970s?", "In 1983 the mill made paper."));
        assertTrue(Constraints.conflict("What did the mill make in the 1970s?", "In the 1980s it made paper."));
        assertFalse(Constraints.conflict("What did the mill make in the 1970s?", "In 1974 the mill made paper."));
    }

    @Test
    void the_eighteen_hundreds_are_a_century_not_a_decade() {
        assertFalse(Constraints.conflict("Why did the mill close in the mid-1800s?", "By 1841 the mill had closed."));
        assertTrue(Constraints.conflict("Why did the mill close in the 1800s?", "The mill closed in 1912."));
    }

    @Test
    void another_month_than_the_one_asked_about_conflicts() {
        assertTrue(Constraints.conflict("How many passengers flew in December?", "In January 41,000 passengers flew."));
        assertFalse(Constraints.conflict("How many flew in March?", "Numbers rose in the year to March, from February."));
        assertTrue(Constraints.conflict("What happened on May 4?", "The vote was held on 12 June."));
        assertFalse(Constraints.conflict("Who may stand in June?", "Candidates may stand from the age of 18."));
        assertFalse(Constraints.conflict("How did sales do in May?", "Sales in May 2026 rose."));
    }

    @Test
    void another_period_than_the_past_one_asked_about_conflicts() {
        assertTrue(Constraints.conflict("How many came two years ago?", "About 900 came, up from 700 last year."));
        assertTrue(Constraints.conflict("What was the pass rate last year?", "This year's pass rate was 91 percent."));
        assertFalse(Constraints.conflict("What was the pass rate a year ago?", "It rose from 88 percent last year."));
        assertFalse(Constraints.conflict("How many came this year?", "About 900 came, up from 700 last year."));
    }

    @Test
    void a_question_that_pins_no_value_conflicts_with_nothing() {
        assertFalse(Constraints.conflict("Who won the regatta?", "The 2021 regatta was won by Harlow."));
        assertFalse(Constraints.conflict("Who won in 2019?", "Harlow won by a length."));
    }

    @Test
    void two_sentences_agree_on_a_number_when_they_share_one() {
        assertTrue(Constraints.shareNumber("The bridge opened on May 4.", "Traffic crossed it from 4 May."));
        assertFalse(Constraints.shareNumber("The bridge cost 12 million.", "It took 3 years to build."));
    }

    @Test
    void two_sentences_with_figures_agree_only_when_they_share_one() {
        assertFalse(Constraints.figuresAgree("Medics treated 40 riders after the race.",
                "Medics treated 25 riders after the race."));
        assertTrue(Constraints.figuresAgree("Medics treated 40 riders after the race.",
                "Forty riders, 40 in all, were treated by medics."));
        assertTrue(Constraints.figuresAgree("Medics treated 40 riders after the race.",
                "Medics treated dozens of riders after the race."));
    }
}
