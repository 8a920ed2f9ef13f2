package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueCheckTest {
    private static final double HEDGE_GAP = 1.5;
    private final FakeSentenceIndex index = new FakeSentenceIndex("fund");
    private final Composer composer = new Composer(index,
            Map.of("fund", new Article("fund", "The fund", "Valley Times", "2025-04-01", "", "", "body")), HEDGE_GAP);
    private final Answerability confident = (part, ranked) -> new Answerability.Verdict(true, 0.9, 0.2);
    private final Answerability check = new ShownSentencesCheck(confident, composer, List.of(new ValueCheck()));

    private static QuestionPart asking(AnswerType type, String question) {
        return new QuestionPart(question, type, Map.of("fund", 1.0), new float[] {1, 0});
    }

    private Ranked ranked(String text, double score, float... vector) {
        Sentence s = index.add(Sentence.Kind.PROSE, index.size(), text, vector);
        double[] f = new double[Features.Name.values().length];
        f[Features.Name.TYPED.ordinal()] = 1;
        return new Ranked(new Candidate(s, null, f), score);
    }

    @Test
    void given_an_amount_question_and_no_figure_in_the_shown_sentences_then_it_is_declined() {
        List<Ranked> ranked = List.of(
                ranked("The council opened a hardship fund for families in the valley.", 3.0, 1, 0),
                ranked("Donations to the fund came in from shops and churches.", 0.5, 0, 1));

        Answerability.Verdict v = check.judge(asking(AnswerType.AMOUNT, "How much is in the hardship fund?"), ranked);

        assertFalse(v.answers());
        assertEquals(ValueCheck.NO_FIGURE, v.declined());
        assertEquals(0.9, v.confidence(), 0, "the model's confidence is kept for :why");
    }

    @Test
    void given_how_long_and_nothing_of_time_or_length_in_the_shown_sentences_then_it_is_declined() {
        QuestionPart part = asking(AnswerType.DURATION, "How long will the hardship fund run?");

        Answerability.Verdict v = check.judge(part,
                List.of(ranked("The council opened a hardship fund for families in the valley.", 3.0, 1, 0)));

        assertFalse(v.answers());
        assertEquals(ValueCheck.NO_DURATION, v.declined());
        for (String lasting : List.of("until the spring", "for two years", "since the floods", "indefinitely")) {
            assertTrue(check.judge(part, List.of(ranked("The hardship fund will run " + lasting + ".", 3.0, 1, 0)))
                    .answers(), lasting);
        }
    }

    @Test
    void given_a_figure_only_in_a_candidate_the_answer_would_not_show_then_it_is_declined() {
        List<Ranked> ranked = List.of(
                ranked("The council opened a hardship fund for families in the valley.", 3.0, 1, 0),
                ranked("The library fund holds £40,000 for new books.", 0.5, 0, 1));

        Answerability.Verdict v = check.judge(asking(AnswerType.AMOUNT, "How much is in the hardship fund?"), ranked);

        assertFalse(v.answers());
    }

    @Test
    void given_a_close_runner_up_that_is_shown_with_a_figure_then_the_verdict_stands() {
        List<Ranked> ranked = List.of(
                ranked("The council opened a hardship fund for families in the valley.", 3.0, 1, 0),
                ranked("Forty families have applied to it so far this winter.", 2.0, 0, 1));

        Answerability.Verdict v = check.judge(asking(AnswerType.COUNT, "How many families applied to the fund?"),
                ranked);

        assertTrue(v.answers());
    }

    @Test
    void given_a_best_sentence_ending_in_a_colon_whose_continuation_holds_the_figure_then_the_verdict_stands() {
        List<Ranked> ranked = List.of(
                ranked("The hardship fund was set up this way:", 3.0, 1, 0));
        index.add(Sentence.Kind.PROSE, index.size(), "The council put £40,000 into it in March.", 0, 1);

        Answerability.Verdict v = check.judge(asking(AnswerType.AMOUNT, "How much is in the hardship fund?"), ranked);

        assertTrue(v.answers());
    }

    @Test
    void given_a_question_about_money_and_only_a_count_in_the_shown_sentences_then_it_is_declined() {
        List<Ranked> ranked = List.of(
                ranked("The tour's opening night filled the 12,000-seat arena in the valley.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(asking(AnswerType.AMOUNT, "How much money has the tour made?"), ranked);

        assertFalse(v.answers());
        assertEquals(ValueCheck.NO_SUM, v.declined());
    }

    @Test
    void given_a_count_question_and_only_percentages_in_the_shown_sentences_then_it_is_declined() {
        List<Ranked> ranked = List.of(
                ranked("Applications to the fund rose 40 percent, and 12% came from the valley.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(
                asking(AnswerType.COUNT, "How many families applied to the fund?"), ranked);

        assertFalse(v.answers());
        assertEquals(ValueCheck.NO_FIGURE, v.declined());
    }

    @Test
    void given_a_count_of_things_and_only_a_length_of_time_shown_then_it_is_declined() {
        List<Ranked> ranked = List.of(
                ranked("The fund opened two years ago and stays open for another six weeks.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(
                asking(AnswerType.COUNT, "How many families applied to the fund?"), ranked);

        assertFalse(v.answers());
        assertEquals(ValueCheck.NO_FIGURE, v.declined());
    }

    @Test
    void given_a_count_of_days_then_a_length_of_time_answers_it() {
        List<Ranked> ranked = List.of(
                ranked("The fund stays open for another six weeks, and claims take 12 working days.", 3.0, 1, 0));

        assertTrue(check.judge(asking(AnswerType.COUNT, "How many working days does a claim take?"), ranked)
                .answers());
        assertTrue(check.judge(asking(AnswerType.COUNT, "How many more weeks will the fund stay open?"), ranked)
                .answers());
    }

    @Test
    void given_a_count_question_and_only_a_word_for_some_or_many_shown_then_it_is_declined() {
        List<Ranked> ranked = List.of(
                ranked("Several families and hundreds of pensioners applied to the fund this spring.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(
                asking(AnswerType.COUNT, "How many families applied to the fund?"), ranked);

        assertFalse(v.answers());
        assertEquals(ValueCheck.NO_FIGURE, v.declined());
    }

    @Test
    void given_a_count_question_and_only_sums_of_money_shown_then_it_is_declined() {
        List<Ranked> ranked = List.of(
                ranked("Families who apply to the fund can receive up to £400 from the council.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(
                asking(AnswerType.COUNT, "How many families applied to the fund?"), ranked);

        assertFalse(v.answers());
        assertEquals(ValueCheck.NO_FIGURE, v.declined());
    }

    @Test
    void given_a_count_question_and_a_count_beside_a_percentage_then_it_answers() {
        List<Ranked> ranked = List.of(
                ranked("Applications to the fund rose 40 percent to 310 families this year.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(
                asking(AnswerType.COUNT, "How many families applied to the fund?"), ranked);

        assertTrue(v.answers());
    }

    @Test
    void given_a_question_for_a_share_and_only_counts_in_the_shown_sentences_then_it_is_declined() {
        List<Ranked> ranked = List.of(ranked("Councillors voted 7–4 to back the fund, with one abstention.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(
                asking(AnswerType.AMOUNT, "What percentage of residents backed the fund?"), ranked);

        assertFalse(v.answers());
        assertEquals(ValueCheck.NO_SHARE, v.declined());
    }

    @Test
    void given_a_question_for_a_share_and_a_percentage_or_ratio_shown_then_the_verdict_stands() {
        for (String shown : List.of("A survey found 62 percent of residents backed the fund.",
                "About six in ten residents backed the fund, a survey found.",
                "Roughly a third of residents backed the fund.")) {
            Answerability.Verdict v = check.judge(
                    asking(AnswerType.AMOUNT, "What proportion of residents backed the fund?"),
                    List.of(ranked(shown, 3.0, 1, 0)));

            assertTrue(v.answers(), shown);
        }
    }

    @Test
    void given_a_question_about_money_and_a_sum_in_the_shown_sentences_then_the_verdict_stands() {
        List<Ranked> ranked = List.of(
                ranked("The tour has taken £3.1 million in ticket sales so far.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(asking(AnswerType.AMOUNT, "How much money has the tour made?"), ranked);

        assertTrue(v.answers());
    }

    @Test
    void given_a_question_for_a_number_to_call_and_no_telephone_number_shown_then_it_is_declined() {
        List<Ranked> ranked = List.of(ranked("Families can call the fund's helpline seven days a week.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(asking(AnswerType.PHONE, "What is the fund's helpline number?"), ranked);

        assertFalse(v.answers());
        assertEquals(ValueCheck.NO_PHONE, v.declined());
    }

    @Test
    void given_a_question_for_a_number_to_call_and_a_telephone_number_shown_then_the_verdict_stands() {
        List<Ranked> ranked = List.of(ranked("Families can call the fund's helpline on 01632 960 118.", 3.0, 1, 0));

        assertTrue(check.judge(asking(AnswerType.PHONE, "What is the fund's helpline number?"), ranked).answers());
    }

    @Test
    void given_an_age_question_and_only_other_figures_in_the_shown_sentences_then_it_is_declined() {
        List<Ranked> ranked = List.of(ranked("The fund's founder has raised money for 12 years in the valley.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(asking(AnswerType.AGE, "How old is the fund's founder?"), ranked);

        assertFalse(v.answers());
        assertEquals(ValueCheck.NO_AGE, v.declined());
    }

    @Test
    void given_an_age_question_and_an_age_in_the_shown_sentences_then_the_verdict_stands() {
        List<Ranked> ranked = List.of(ranked("The fund's founder, Ada Quell, 71, still counts every coin.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(asking(AnswerType.AGE, "How old is the fund's founder?"), ranked);

        assertTrue(v.answers());
    }

    @Test
    void given_a_what_is_it_called_question_and_no_new_name_in_the_shown_sentences_then_it_is_declined() {
        List<Ranked> ranked = List.of(ranked("The fund will launch a new grant for carers in the autumn.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(asking(AnswerType.NAME, "What is the fund's new grant called?"), ranked);

        assertFalse(v.answers());
        assertEquals(ValueCheck.NO_NAME, v.declined());
    }

    @Test
    void given_a_what_is_it_called_question_and_a_named_grant_in_the_shown_sentences_then_the_verdict_stands() {
        List<Ranked> ranked = List.of(ranked("The fund will launch the Carers' Bridge grant in the autumn.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(asking(AnswerType.NAME, "What is the fund's new grant called?"), ranked);

        assertTrue(v.answers());
    }

    @Test
    void given_a_who_question_and_no_new_name_in_the_shown_sentences_then_it_is_declined() {
        List<Ranked> ranked = List.of(ranked("The fund's new treasurer starts work in the valley next month.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(asking(AnswerType.PERSON, "Who is the fund's new treasurer?"), ranked);

        assertFalse(v.answers());
        assertEquals(ValueCheck.NO_NAME, v.declined());
    }

    @Test
    void given_a_who_said_question_then_the_articles_own_voice_may_answer_without_a_name() {
        List<Ranked> ranked = List.of(ranked("The fund is the valley's best hope for the winter, in our view.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(asking(AnswerType.PERSON, "Who said the fund is the valley's best hope?"),
                ranked);

        assertTrue(v.answers());
    }

    @Test
    void given_a_question_that_asks_for_no_figure_then_the_verdict_stands() {
        List<Ranked> ranked = List.of(ranked("The fund stays open until the spring.", 3.0, 1, 0));

        Answerability.Verdict v = check.judge(asking(AnswerType.DURATION, "How long does the fund stay open?"),
                ranked);

        assertTrue(v.answers());
    }

    @Test
    void given_a_part_the_model_already_declines_then_it_stays_declined_without_a_reason_added() {
        Answerability unsure = new ShownSentencesCheck((part, ranked) -> new Answerability.Verdict(false, 0.1, 0.2),
                composer, List.of(new ValueCheck()));
        List<Ranked> ranked = List.of(ranked("The council opened a hardship fund for families.", 3.0, 1, 0));

        Answerability.Verdict v = unsure.judge(asking(AnswerType.AMOUNT, "How much is in the hardship fund?"), ranked);

        assertFalse(v.answers());
        assertEquals("", v.declined());
    }
}
