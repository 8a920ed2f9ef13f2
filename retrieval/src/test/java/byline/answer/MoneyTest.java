package byline.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {
    private static final String COST = "How much will the new footbridge cost?";

    @ParameterizedTest
    @ValueSource(strings = {"How much will the new footbridge cost?", "How much did the club pay for the striker?",
            "How much revenue did the bakery chain report?", "How much is the reward worth?",
            "How much will riders be charged for a day ticket?", "How much ransom did the hackers demand?",
            "How much did the rival firm offer for the bakery?", "How much severance will the chief executive get?",
            "How much is the deposit on a flat?", "How much is a day pass for the lido?",
            "how much was the set lunch at the cafe", "How much are the tickets for the final?"})
    void questions_about_cost_pay_revenue_worth_or_charges_ask_for_money(String question) {
        assertTrue(Money.asked(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"How much rain fell on Tuesday?", "How much did the river rise overnight?",
            "How much of the forest burned?", "How much did sales grow in the spring?",
            "What proportion of members will end up paying less?", "How much is the share index down this year?",
            "How much was left in the reserve?", "How much is the reservoir being drawn down?"})
    void questions_about_other_amounts_do_not(String question) {
        assertFalse(Money.asked(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The bridge will cost £4.2 million.", "Its budget is $850,000 this year.",
            "The council set aside 12 million crowns for it.", "Traders paid two shillings a week for a pitch.",
            "Repairs ran to tens of thousands of pounds.", "The bill rose by 15 percent.",
            "Routing cut the bill by a third.", "The price is 9 times the firm's sales.", "The fee is EUR 40 a head.",
            "Members are paid back 45p a mile."})
    void a_sum_in_any_currency_or_a_share_is_money(String sentence) {
        assertTrue(Money.statedIn(COST, sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The bridge will be 240 metres long.", "The arena seats 12,000 people.",
            "Work starts in March 2027.", "The council approved the footbridge on Tuesday.",
            "It is the studio's third original film.", "Sales slowed in the second half.",
            "The club is the region's third-largest employer.",
            "The firm will report results for its fourth fiscal quarter next week.",
            "Orders fell in the same quarter a year earlier.", "First-quarter sales beat forecasts.",
            "The board meets each quarter."})
    void figures_that_count_or_measure_something_else_are_not(String sentence) {
        assertFalse(Money.statedIn(COST, sentence));
    }

    @Test
    void a_sum_the_question_already_states_is_not_an_answer() {
        assertFalse(Money.statedIn("Was the £4.2 million budget enough?", "The £4.2 million budget was approved."));
    }

    @Test
    void asked_in_a_named_currency_only_a_sum_in_that_currency_answers() {
        String inEuros = "How much does the reader cost in euros?";

        assertTrue(Money.statedIn(inEuros, "It costs €199 in Ireland."));
        assertTrue(Money.statedIn(inEuros, "It costs 199 euros in Ireland."));
        assertFalse(Money.statedIn(inEuros, "It costs £179 in the UK and $199 in the US."));
        assertTrue(Money.statedIn("How much does it cost in dollars?", "It costs £179 in the UK and $199 in the US."));
        assertFalse(Money.statedIn("How much does it cost in Australian dollars?", "It costs $199 in the US."));
        assertTrue(Money.statedIn("How much does it cost in Australian dollars?", "It sells for A$289."));
    }
}
