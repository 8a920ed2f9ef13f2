package byline.answer;

import byline.corpus.Sentence;
import byline.retrieval.Lexicon;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UndisclosedTest {
    private final Lexicon lexicon = new Lexicon();
    /** The ranker's margin of doubt, in logits, as the shipped models give it. */
    private static final double HEDGE_GAP = 1.5;
    private final Undisclosed undisclosed = new Undisclosed(lexicon, HEDGE_GAP);

    private QuestionPart part(String question) {
        Map<String, Double> weights = new LinkedHashMap<>();
        lexicon.queryTerms(question).forEach(t -> weights.put(t, 1.0));
        return new QuestionPart(question, AnswerType.of(question), weights, new float[] {1});
    }

    private boolean withholds(String question, String sentence) {
        return undisclosed.withholds(part(question), new Sentence("doc", 0, sentence, Sentence.Kind.PROSE, "", 0, ""));
    }

    @Test
    void given_a_question_about_which_outlet_reported_a_withheld_figure_then_the_withholding_does_not_count() {
        assertFalse(withholds("Which newspaper reported Harrowby Ceramics' valuation?",
                "Harrowby Ceramics did not disclose its valuation."));
        assertTrue(withholds("What was Harrowby Ceramics' valuation?",
                "Harrowby Ceramics did not disclose its valuation."));
    }

    @Test
    void given_a_sentence_that_withholds_what_is_asked_then_it_does_not_answer() {
        assertTrue(withholds("How many branches will the bank shut?",
                "The bank did not say how many branches it will shut, but staff were told on Monday."));
        assertTrue(withholds("How much did Corvo pay for Lindell?",
                "Corvo paid $8 million for Arden; the Lindell price was not disclosed."));
        assertTrue(withholds("How much did the council get for the depot?",
                "The depot was sold last year; the council wouldn't say for how much."));
        assertTrue(withholds("Which chef said the kitchen was cramped?",
                "A former chef, who asked not to be named, said the kitchen was cramped."));
        assertTrue(withholds("Why did the trust close the pool?",
                "The trust closed the pool in May but has not explained why."));
        assertTrue(withholds("Will the bakery reopen in June?",
                "The owner declined to say whether the bakery would reopen in June."));
    }

    @Test
    void given_a_value_of_the_asked_kind_beside_the_withheld_part_then_the_sentence_still_answers() {
        assertFalse(withholds("How much did Corvo pay for Arden?",
                "Corvo paid $8 million for Arden; the Lindell price was not disclosed."));
        assertFalse(withholds("How large was the share?",
                "Ode did not say how large the share was, but the Gazette put it at 15 percent."));
        assertFalse(withholds("How long will the ferry be out of service?",
                "Repairs will keep the ferry out of service for six weeks, though the operator did not say how long "
                        + "the refit would take."));
    }

    @Test
    void given_a_figure_of_another_kind_beside_the_withheld_part_then_the_sentence_still_withholds() {
        assertTrue(withholds("How many kilns does the new pottery have?",
                "The pottery said its kilns fire 40 percent faster, but did not say how many kilns it has."));
        assertTrue(withholds("How long does the firm's supply deal run?",
                "The firm signed a supply deal with three mills but did not say how long the deal runs."));
    }

    @Test
    void given_a_question_about_something_else_the_sentence_says_then_withholding_does_not_matter() {
        assertFalse(withholds("What did the chef say about the kitchen?",
                "A former chef, who asked not to be named, said the kitchen was cramped."));
        assertFalse(withholds("Who runs the bank?",
                "The bank's chief executive, Ines Vale, did not say how many branches it will shut."));
        assertFalse(withholds("Which paper first reported the sale?",
                "The Gazette first reported the sale; the club did not comment at the time."));
    }

    @Test
    void given_a_sentence_that_would_not_name_the_thing_a_which_question_asks_for_then_it_withholds_it() {
        String sentence = "A courier firm delivered the kilns to the school, but the council would not name the firm.";
        assertTrue(withholds("Which firm delivered the kilns?", sentence));
        assertFalse(withholds("Which school got the kilns?", sentence));
    }

    @Test
    void given_a_source_that_would_not_say_which_then_only_a_question_of_which_one_is_withheld() {
        String sentence = "The bakery made a profit in two of its five towns last year, but would not say which.";
        assertTrue(withholds("Which towns did the bakery make a profit in?", sentence));
        assertFalse(withholds("How many towns does the bakery trade in?", sentence));
    }

    @Test
    void given_another_unnamed_one_then_it_is_not_the_one_a_question_picks_out_by_name() {
        String sentence = "Another surveyor, who asked not to be named, said the wall would need rebuilding.";

        assertFalse(withholds("Which Harlow & Finch surveyor inspected the harbour wall?", sentence));
        assertTrue(withholds("Which surveyor said the harbour wall would need rebuilding?", sentence));
    }

    @Test
    void given_a_withheld_cost_then_it_withholds_a_sum_but_not_a_count() {
        String sentence = "The council has not published the cost of the new classrooms at Hillside, one of three "
                + "schools in the plan.";

        assertTrue(withholds("How much will the new classrooms at Hillside cost?", sentence));
        assertFalse(withholds("How many pupils does Hillside have?", sentence));
    }

    @Test
    void given_a_best_sentence_that_withholds_then_no_runner_up_stays() {
        Ranked withholds = ranked("The museum declined to give the cost of the new wing.", 3.0);
        Ranked estimates = ranked("Surveyors put the cost of the new wing at 4 million euros.", 2.0);
        Ranked other = ranked("The new wing opens in May.", 1.0);

        List<Ranked> kept = undisclosed.without(part("How much did the new wing cost?"), List.of(withholds, estimates, other));

        assertEquals(List.of(), kept);
    }

    @Test
    void given_a_best_sentence_that_answers_then_only_withholding_runners_up_are_dropped() {
        Ranked estimates = ranked("Surveyors put the cost of the new wing at 4 million euros.", 3.0);
        Ranked other = ranked("The new wing opens in May.", 1.0);
        Ranked withholds = ranked("The museum declined to give the cost of the new wing.", 0.5);

        List<Ranked> kept = undisclosed.without(part("How much did the new wing cost?"), List.of(estimates, other, withholds));

        assertEquals(List.of(estimates, other), kept);
    }

    @Test
    void given_a_withholding_runner_up_the_ranker_cannot_tell_from_the_best_then_nothing_stays() {
        Ranked budget = ranked("The council set aside 2 million euros for the harbour this year.", 3.0);
        Ranked withholds = ranked("The council has not said how much the harbour wall will cost.", 3.0 - HEDGE_GAP);

        List<Ranked> kept = undisclosed.without(part("How much will the harbour wall cost?"), List.of(budget, withholds));

        assertEquals(List.of(), kept);
    }

    @Test
    void given_a_withholding_runner_up_of_another_article_then_the_best_stays() {
        Ranked budget = ranked("The council set aside 2 million euros for the harbour this year.", 3.0);
        Ranked withholds = ranked("other", "The board has not said how much the harbour wall will cost.",
                3.0 - HEDGE_GAP);

        List<Ranked> kept = undisclosed.without(part("How much will the harbour wall cost?"),
                List.of(budget, withholds));

        assertEquals(List.of(budget), kept);
    }

    private static Ranked ranked(String text, double score) {
        return ranked("doc", text, score);
    }

    private static Ranked ranked(String docId, String text, double score) {
        Sentence s = new Sentence(docId, 0, text, Sentence.Kind.PROSE, "", 0, "");
        return new Ranked(new Candidate(s, null, new double[Features.Name.values().length]), score);
    }
}
