package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WithheldTest {

    private static List<String> withheld(String text) {
        return Withheld.spans(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void a_negated_report_withholds_its_object_up_to_the_end_of_the_clause() {
        assertEquals(List.of("how many branches it will shut"),
                withheld("The bank did not say how many branches it will shut, but staff were told on Monday."));
        assertEquals(List.of("its cost"), withheld("The museum declined to give its cost."));
        assertEquals(List.of("for how much"), withheld("The depot was sold last year; the council wouldn't say for how much."));
    }

    @Test
    void a_report_negated_by_neither_never_or_nobody_withholds_its_object() {
        assertEquals(List.of("the fee"), withheld("Both clubs confirmed the loan. Neither club disclosed the fee."));
        assertEquals(List.of("how big the grant is"),
                withheld("The charity won a grant, though neither side would say how big the grant is."));
        assertEquals(List.of("which village she grew up in"),
                withheld("The singer has never said which village she grew up in."));
        assertEquals(List.of("when the lift will be fixed"), withheld("Nobody would say when the lift will be fixed."));
    }

    @Test
    void a_passive_report_withholds_its_subject() {
        assertEquals(List.of("the Lindell price"),
                withheld("Corvo paid $8 million for Arden; the Lindell price was not disclosed."));
    }

    @Test
    void a_decision_not_yet_taken_withholds_what_is_to_be_decided() {
        assertEquals(List.of("a date for the second walkout"),
                withheld("The drivers' union has not yet set a date for the second walkout."));
        assertEquals(List.of("whether to extend the trial to older pupils"),
                withheld("The board has not yet decided whether to extend the trial to older pupils."));
    }

    @Test
    void a_source_that_gave_or_offered_no_account_withholds_it() {
        assertEquals(List.of("reason for the closure"), withheld("The brewery gave no reason for the closure."));
        assertEquals(List.of("an explanation for the delay"),
                withheld("The operator did not offer an explanation for the delay."));
        assertEquals(List.of(), withheld("The inquiry found no fault with the crew."));
    }

    @Test
    void what_a_study_did_not_measure_is_withheld() {
        assertEquals(List.of("how far the birds travel"),
                withheld("The survey did not measure how far the birds travel."));
    }

    @Test
    void a_decision_someone_is_yet_to_take_withholds_it_but_a_stated_purpose_does_not() {
        assertEquals(List.of("the route of the new bypass"),
                withheld("The county is yet to decide the route of the new bypass."));
        assertEquals(List.of(), withheld("The aim of the survey is to determine how many otters live on the river."));
    }

    @Test
    void something_still_to_be_fixed_withholds_its_subject() {
        assertEquals(List.of("the exact dates"),
                withheld("The fair will return next spring, but the exact dates have yet to be fixed."));
        assertEquals(List.of("the new fares"), withheld("Buses will run hourly; the new fares have not been set."));
    }

    @Test
    void an_unclear_outcome_withholds_the_question_it_leaves_open() {
        assertEquals(List.of("whether the grant will continue after March"),
                withheld("The grant is under review and it is not yet clear whether the grant will continue after March."));
    }

    @Test
    void what_is_still_sought_or_not_ruled_out_is_withheld() {
        assertEquals(List.of("a new head teacher"),
                withheld("The school is still looking for a new head teacher, the governors said."));
        assertEquals(List.of("closing the night bus"), withheld("The operator would not rule out closing the night bus."));
    }

    @Test
    void an_anonymous_source_withholds_who_it_is() {
        List<Withheld.Span> spans = Withheld.spans("A former chef, who asked not to be named, said the kitchen was cramped.");

        assertEquals("A former chef", spans.get(0).of("A former chef, who asked not to be named, said the kitchen was cramped."));
        assertTrue(spans.get(0).naming());
        assertEquals(List.of("The bakery's owner"),
                withheld("The bakery's owner, who has asked not to be named, opened a second shop."));
    }

    @Test
    void declining_to_name_what_a_relative_clause_is_about_withholds_that_thing() {
        assertEquals(List.of("with two rival bakeries"),
                withheld("The guild is in talks with two rival bakeries that it has not named."));
        assertEquals(List.of("The supplier"), withheld("The supplier, which the mill did not name, was fined."));
    }

    @Test
    void declining_to_name_them_withholds_what_the_sentence_said_before() {
        assertEquals(List.of("The firm is talking to three buyers, Ode said, although she"),
                withheld("The firm is talking to three buyers, Ode said, although she would not name them."));
    }

    @Test
    void declining_to_say_which_withholds_an_identity_only() {
        List<Withheld.Span> spans =
                Withheld.spans("The bakery opened in two of its five towns, but would not say which.");
        assertEquals(1, spans.size());
        assertTrue(spans.get(0).naming());
        assertFalse(Withheld.spans("The bakery sold the van, but would not say it.").get(0).naming());
    }

    @Test
    void declining_to_comment_withholds_nothing_of_the_sentence_before() {
        assertEquals(List.of(), withheld("The ferry operator, which runs six boats, declined to comment."));
        assertEquals(List.of("on the fares"), withheld("The ferry operator declined to comment on the fares."));
    }

    @Test
    void what_was_told_only_later_is_not_withheld() {
        assertEquals(List.of(), withheld("The closure was not announced until March."));
        assertEquals(List.of(), withheld("The club did not name the new coach until Friday."));
        assertEquals(List.of("the new coach"), withheld("The club did not name the new coach."));
    }

    @Test
    void declining_to_put_a_figure_on_it_withholds_a_figure_not_the_sentence_before() {
        assertEquals(List.of("did not put a figure on it"),
                withheld("Mayor Ana Ruiz said the grant would cover the new roof but did not put a figure on it."));
    }

    @Test
    void a_figure_not_broken_out_is_withheld() {
        assertEquals(List.of("sales by flavour"), withheld("The dairy does not break out sales by flavour."));
    }

    @Test
    void an_undisclosed_sum_is_withheld() {
        assertEquals(List.of("sum"), withheld("The club sold the striker for an undisclosed sum."));
        assertEquals(List.of("statement"), withheld("The guild said in an unsigned statement that it would appeal."));
    }

    @Test
    void a_sentence_that_withholds_nothing_has_no_span() {
        assertEquals(List.of(), withheld("The bank said it will shut 40 branches and did cut 300 jobs."));
        assertEquals(List.of(), withheld("Staff may not use or share the recipes."));
    }
}
