package byline.answer;

import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerTypeTest {

    private static Sentence prose(String text) {
        return new Sentence("doc", 0, text, Sentence.Kind.PROSE, "", 0, "");
    }

    @Test
    void reads_the_kind_of_answer_from_the_wh_phrase() {
        assertEquals(AnswerType.PERSON, AnswerType.of("Who painted the lighthouse mural?"));
        assertEquals(AnswerType.PERSON, AnswerType.of("Which company built the ferry?"));
        assertEquals(AnswerType.PERSON, AnswerType.of("Which judge heard the harbour case?"));
        assertEquals(AnswerType.PERSON, AnswerType.of("which lender backed the ferry firm"));
        assertEquals(AnswerType.PERSON, AnswerType.of("Which barrister defended the ferry captain?"));
        assertEquals(AnswerType.PERSON, AnswerType.of("which boat crossed the line first"));
        assertEquals(AnswerType.PERSON, AnswerType.of("Which chef runs the pier cafe?"));
        assertEquals(AnswerType.DATE, AnswerType.of("When did the ferry first sail?"));
        assertEquals(AnswerType.DATE, AnswerType.of("In what year was the mill rebuilt?"));
        assertEquals(AnswerType.DATE, AnswerType.of("On what dates will the ferry run an extra sailing?"));
        assertEquals(AnswerType.COUNT, AnswerType.of("How many lanterns hang on the pier?"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("How much flour goes into the loaf?"));
        assertEquals(AnswerType.DURATION, AnswerType.of("How long does the crossing take?"));
        assertEquals(AnswerType.AGE, AnswerType.of("How old was the keeper?"));
        assertEquals(AnswerType.PLACE, AnswerType.of("Where was the bell cast?"));
        assertEquals(AnswerType.OUTLET, AnswerType.of("Which outlet reported the closure?"));
        assertEquals(AnswerType.ANY, AnswerType.of("Why did the choir stop singing?"));
    }

    @Test
    void given_chat_fillers_when_reading_the_kind_then_they_are_ignored() {
        assertEquals(AnswerType.DATE, AnswerType.of("hey, when did the ferry first sail?"));
    }

    @Test
    void who_wants_a_name_the_question_does_not_already_hold() {
        assertTrue(AnswerType.PERSON.fits(prose("The mural was painted by Ada Lovelace in spring."), "Who painted it?"));
        assertFalse(AnswerType.PERSON.fits(prose("The mural was painted in spring."), "Who painted it?"));
        assertFalse(AnswerType.PERSON.fits(prose("The mural in Dunmore was painted in spring."),
                "Who painted the Dunmore mural?"));
    }

    @Test
    void what_does_it_cost_asks_for_an_amount_but_a_pay_ballot_does_not() {
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What does a ferry ticket cost?"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What will members pay after the rise?"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("what does the mill charge per sack"));
        assertEquals(AnswerType.ANY, AnswerType.of("What did the nurses decide in their pay ballot?"));
        assertEquals(AnswerType.ANY, AnswerType.of("What does the survey measure?"));
    }

    @Test
    void a_paper_that_reported_or_broke_a_story_is_an_outlet_but_a_paper_alone_may_be_a_study() {
        assertEquals(AnswerType.OUTLET, AnswerType.of("Which paper broke the Harrowby kiln story?"));
        assertEquals(AnswerType.OUTLET, AnswerType.of("which paper said the kiln would close"));
        assertNotEquals(AnswerType.OUTLET, AnswerType.of("Which paper describes the Ostley glaze?"));
    }

    @Test
    void reads_what_a_thing_is_worth_or_valued_at_as_an_amount() {
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What is the Ostley kiln worth?"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("whats the pottery worth now"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What was Harrowby Ceramics valued at in its last round?"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What are the new mugs priced at?"));
        assertNotEquals(AnswerType.AMOUNT, AnswerType.of("What makes the Ostley kiln worth seeing?"));
        assertNotEquals(AnswerType.AMOUNT, AnswerType.of("What did the potters say was worth the wait?"));
    }

    @Test
    void a_day_or_a_month_is_not_the_name_who_or_where_asks_for() {
        assertFalse(AnswerType.PERSON.fits(prose("Volunteers repainted the pier on Saturday."), "Who repainted the pier?"));
        assertFalse(AnswerType.PLACE.fits(prose("The choir will tour again in September."), "Where will the choir tour?"));
        assertTrue(AnswerType.PERSON.fits(prose("On Saturday the Pier Trust repainted it."), "Who repainted the pier?"));
    }

    @Test
    void a_table_rows_column_labels_are_not_names_but_its_values_may_be() {
        Sentence scores = new Sentence("doc", 0, "Quarter: 1st; Home: 9; Running score: 9–10",
                Sentence.Kind.TABLE_ROW, "", 0, "");
        Sentence riders = new Sentence("doc", 0, "Position: 2; Rider: Ada Lowe; Time gap: +0:38",
                Sentence.Kind.TABLE_ROW, "", 0, "");

        assertFalse(AnswerType.PERSON.fits(scores, "Who refereed the match?"));
        assertTrue(AnswerType.PERSON.fits(riders, "Who came second?"));
    }

    @Test
    void a_sentence_initial_capital_is_not_a_name_unless_a_second_follows() {
        assertFalse(AnswerType.PERSON.fits(prose("Painters worked on it all spring."), "Who painted it?"));
        assertTrue(AnswerType.PERSON.fits(prose("Grace Hopper worked on it all spring."), "Who painted it?"));
    }

    @Test
    void when_wants_a_date() {
        assertTrue(AnswerType.DATE.fits(prose("The mill was rebuilt in 1887."), "When was the mill rebuilt?"));
        assertTrue(AnswerType.DATE.fits(prose("It reopened on a Tuesday in March."), "When did it reopen?"));
        assertFalse(AnswerType.DATE.fits(prose("The mill was rebuilt by volunteers."), "When was the mill rebuilt?"));
        assertTrue(AnswerType.DATE.fits(prose("The mill reopened on May 4."), "When did it reopen?"));
    }

    @Test
    void what_time_wants_a_clock_time() {
        assertEquals(AnswerType.DATE, AnswerType.of("what time does the library open"));
        assertTrue(AnswerType.DATE.fits(prose("Doors open at 7.30pm sharp."), "What time do doors open?"));
        assertTrue(AnswerType.DATE.fits(prose("Put the crates out by 6:45am."), "What time must crates be out?"));
        assertTrue(AnswerType.DATE.fits(prose("The last ferry leaves at 22:15."), "When does the last ferry leave?"));
        assertTrue(AnswerType.DATE.fits(prose("The market closes at noon."), "When does the market close?"));
        assertFalse(AnswerType.DATE.fits(prose("Doors open to 120 guests."), "What time do doors open?"));
        assertFalse(AnswerType.DATE.fits(prose("The home side won 3:2 after extra time."), "When did they win?"));
    }

    @Test
    void may_the_verb_and_today_are_not_dates() {
        assertFalse(AnswerType.DATE.fits(prose("The mill may reopen if the council agrees."), "When did it reopen?"));
        assertFalse(AnswerType.DATE.fits(prose("The mill is busier today than ever."), "When did it reopen?"));
        assertFalse(AnswerType.DATE.fits(prose("Visitors may see the kiln by appointment."), "When did it reopen?"));
    }

    @Test
    void may_after_a_word_that_dates_is_the_month() {
        assertTrue(AnswerType.DATE.fits(prose("The Ostley kiln was relit in May."), "When was the kiln relit?"));
        assertTrue(AnswerType.DATE.fits(prose("It has stood cold since May."), "When did the kiln go cold?"));
        assertTrue(AnswerType.DATE.fits(prose("Work should end by late May."), "When will the work end?"));
    }

    @Test
    void a_time_told_relative_to_now_or_a_weekday_in_the_plural_dates_a_sentence() {
        assertTrue(AnswerType.DATE.fits(prose("The kiln reopens next month."), "When does the kiln reopen?"));
        assertTrue(AnswerType.DATE.fits(prose("Repairs should finish within four weeks."), "When will repairs end?"));
        assertTrue(AnswerType.DATE.fits(prose("Tours resume in the coming weeks."), "When do tours resume?"));
        assertTrue(AnswerType.DATE.fits(prose("A report is due at the end of the month."), "When is the report due?"));
        assertTrue(AnswerType.DATE.fits(prose("Classes run on Tuesdays and Thursdays."), "When are the classes?"));
        assertFalse(AnswerType.DATE.fits(prose("The kiln holds forty pots at a time."), "When does the kiln reopen?"));
    }

    @Test
    void until_a_date_says_how_long_too() {
        assertTrue(AnswerType.DURATION.fits(prose("Her contract at Harrowby runs until June 2030."),
                "How long is her contract?"));
    }

    @Test
    void since_a_date_says_how_long() {
        assertTrue(AnswerType.DURATION.fits(prose("Harrowby has fired the kiln since 2019."),
                "How long has Harrowby fired the kiln?"));
        assertTrue(AnswerType.DURATION.fits(prose("The potters have been on strike since last March."),
                "How long have the potters been on strike?"));
        assertFalse(AnswerType.DURATION.fits(prose("Harrowby has fired the kiln ever since."),
                "How long has Harrowby fired the kiln?"));
    }

    @Test
    void how_much_wants_an_amount_of_anything_not_only_money() {
        assertTrue(AnswerType.AMOUNT.fits(prose("The loaf takes 500 grams of flour."), "How much flour?"));
        assertTrue(AnswerType.AMOUNT.fits(prose("The stall raised 800 pounds."), "How much did the stall raise?"));
        assertFalse(AnswerType.AMOUNT.fits(prose("The loaf takes a lot of flour."), "How much flour?"));
    }

    @Test
    void a_number_the_question_already_holds_is_not_an_answer() {
        assertFalse(AnswerType.COUNT.fits(prose("The 12 lanterns were lit at dusk."), "How many of the 12 lanterns?"));
        assertTrue(AnswerType.COUNT.fits(prose("Nine of the 12 lanterns were lit."), "How many of the 12 lanterns?"));
    }

    @Test
    void a_count_is_a_number_of_things_not_a_sum_of_money() {
        assertFalse(AnswerType.COUNT.fits(prose("The pier trust spent £40,000 on lanterns."), "How many lanterns hang?"));
        assertFalse(AnswerType.COUNT.fits(prose("Repairs cost 2 million crowns."), "How many lanterns hang?"));
        assertTrue(AnswerType.COUNT.fits(prose("It spent £40,000 on 300 lanterns."), "How many lanterns hang?"));
    }

    @Test
    void a_number_to_call_wants_a_telephone_number_not_a_count() {
        assertEquals(AnswerType.PHONE, AnswerType.of("What is the phone number of the lido?"));
        assertEquals(AnswerType.PHONE, AnswerType.of("which number should I ring if my bag is lost"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What number of callers rang the lido?"));
        assertTrue(AnswerType.PHONE.fits(prose("Call the lido on 01632 960 400 to book."), "What's the lido's phone number?"));
        assertTrue(AnswerType.PHONE.fits(prose("The hotline is 800-555-0199."), "What is the hotline number?"));
        assertTrue(AnswerType.PHONE.fits(prose("Staff can ring the desk on ext. 4400."), "Which number should I ring?"));
        assertFalse(AnswerType.PHONE.fits(prose("The lido took 4,400 calls in 2025."), "What's the lido's phone number?"));
        assertFalse(AnswerType.PHONE.fits(prose("Call the lido to book a lane."), "What's the lido's phone number?"));
    }

    @Test
    void how_often_is_no_count_of_things_unless_the_question_asks_how_many_times() {
        assertFalse(AnswerType.COUNT.fits(prose("Volunteers light the lanterns twice a week."), "How many volunteers are there?"));
        assertFalse(AnswerType.COUNT.fits(prose("Volunteers met three times in May."), "How many volunteers are there?"));
        assertTrue(AnswerType.COUNT.fits(prose("Volunteers met three times in May."), "How many times did they meet?"));
        assertTrue(AnswerType.COUNT.fits(prose("Three volunteers light them twice a week."), "How many volunteers are there?"));
    }

    @Test
    void how_long_takes_a_duration_or_any_measure() {
        assertTrue(AnswerType.DURATION.fits(prose("The crossing takes forty minutes."), "How long is the crossing?"));
        assertTrue(AnswerType.DURATION.fits(prose("The pier is 300 metres."), "How long is the pier?"));
        assertFalse(AnswerType.DURATION.fits(prose("The crossing is calm."), "How long is the crossing?"));
    }

    @Test
    void which_outlet_wants_a_sentence_that_credits_one() {
        Sentence credited = new Sentence("doc", 0, "The Gazette reported the closure.", Sentence.Kind.PROSE, "", 0,
                "The Gazette");

        assertTrue(AnswerType.OUTLET.fits(credited, "Which outlet reported the closure?"));
        assertFalse(AnswerType.OUTLET.fits(prose("The closure was reported."), "Which outlet reported the closure?"));
    }

    @Test
    void names_and_numbers_of_a_question_are_what_pins_it_down() {
        assertEquals(List.of("dunmore", "1887"), AnswerType.namesAndNumbers("Who rebuilt the Dunmore mill in 1887?"));
        assertEquals(List.of(), AnswerType.namesAndNumbers("Who rebuilt the mill?"));
    }

    @Test
    void a_what_question_about_a_measure_wants_an_amount() {
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What was the bakery's annual revenue?"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("whats the mill's q3 profit"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What salary will the new baker earn?"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What were Dunmore Mills' net sales last year?"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What interest rate does the credit union pay on savings?"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What is the largest amount a stall can claim back?"));
    }

    @Test
    void an_age_limit_asks_an_age() {
        assertEquals(AnswerType.AGE, AnswerType.of("What is the minimum age for the canoe trip?"));
        assertEquals(AnswerType.AGE, AnswerType.of("is there an age limit on the climbing wall"));
    }

    @Test
    void given_a_verb_or_another_ask_before_the_measure_then_the_question_is_not_about_an_amount() {
        assertEquals(AnswerType.ANY, AnswerType.of("What caused the price of bread to rise?"));
        assertEquals(AnswerType.ANY, AnswerType.of("What did the baker say about prices?"));
        assertEquals(AnswerType.ANY, AnswerType.of("What reason was given for the price rise?"));
    }

    @Test
    void a_question_for_a_name_wants_a_name_or_a_quoted_term() {
        assertEquals(AnswerType.NAME, AnswerType.of("What is the name of the new bakery?"));
        assertEquals(AnswerType.NAME, AnswerType.of("whats the official name of the bread festival"));
        assertEquals(AnswerType.NAME, AnswerType.of("What is the new loaf called?"));

        assertTrue(AnswerType.NAME.fits(prose("The bakery will trade as Crumb & Co from May."), "What is its name?"));
        assertTrue(AnswerType.NAME.fits(prose("Bakers call the loaf “the brick” for its weight."), "What is it called?"));
        assertFalse(AnswerType.NAME.fits(prose("The new bakery opens next to the station."),
                "What is the name of the new bakery?"));
    }

    @Test
    void given_a_keyword_query_then_its_noun_says_what_it_wants() {
        assertEquals(AnswerType.AMOUNT, AnswerType.of("harbour ferry adult return fare"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("pottery class price per session"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("late fee mill lane library?"));
        assertEquals(AnswerType.DATE, AnswerType.of("kiln open day date"));
        assertEquals(AnswerType.DATE, AnswerType.of("deadline for allotment applications"));
        assertEquals(AnswerType.DATE, AnswerType.of("ferry last sailing time"));
        assertEquals(AnswerType.ANY, AnswerType.of("part time jobs at the ferry office"));
    }

    @Test
    void given_what_and_a_sum_paid_then_it_wants_an_amount() {
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What deposit does the marina ask for a berth?"));
        assertEquals(AnswerType.AMOUNT, AnswerType.of("What fare do pensioners pay on the ferry?"));
        assertEquals(AnswerType.ANY, AnswerType.of("What charge did the skipper deny?"));
    }

    @Test
    void given_phone_no_then_it_wants_a_number_to_call() {
        assertEquals(AnswerType.PHONE, AnswerType.of("marina office phone no"));
        assertEquals(AnswerType.PHONE, AnswerType.of("contact no. for the harbour master?"));
        assertNotEquals(AnswerType.PHONE, AnswerType.of("why does the harbour phone no longer work"));
    }

    @Test
    void given_a_yes_no_or_wh_question_then_a_noun_alone_decides_nothing() {
        assertEquals(AnswerType.ANY, AnswerType.of("is the ferry fare going up"));
        assertEquals(AnswerType.ANY, AnswerType.of("did they move the date of the fair?"));
        assertEquals(AnswerType.ANY, AnswerType.of("why did the price of tickets change"));
    }

    @Test
    void given_which_and_a_plural_or_modified_noun_then_it_wants_the_same_kind_of_name() {
        assertEquals(AnswerType.PERSON, AnswerType.of("Which other firms bid for the ferry contract?"));
        assertEquals(AnswerType.PERSON, AnswerType.of("Which two committee members voted against?"));
        assertEquals(AnswerType.PERSON, AnswerType.of("Which charities will share the ferry fund?"));
        assertEquals(AnswerType.PLACE, AnswerType.of("In which four countries will the ferry firm sell tickets?"));
        assertEquals(AnswerType.PLACE, AnswerType.of("Which towns does the ferry serve?"));
        assertEquals(AnswerType.ANY, AnswerType.of("What did councillors decide about the ferry?"));
        assertEquals(AnswerType.ANY, AnswerType.of("What will members get for their fee?"));
    }
}
