package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComposerTest {
    private final FakeSentenceIndex index = new FakeSentenceIndex("mill");
    private final Composer composer = new Composer(index,
            Map.of("mill", new Article("mill", "The mill", "Valley Times", "2025-04-01", "", "", "body"),
                    "fair", new Article("fair", "The fair", "Hill Gazette", "2025-05-01", "", "", "body")), 1.0);

    private Sentence sentence(String text, float... vector) {
        return sentence(Sentence.Kind.PROSE, 0, text, vector);
    }

    private Sentence sentence(Sentence.Kind kind, int paragraph, String text, float... vector) {
        return index.add(kind, paragraph, text, vector);
    }

    private Ranked ranked(Sentence s, double score) {
        double[] f = new double[Features.Name.values().length];
        f[Features.Name.LEXICAL.ordinal()] = 0.5;
        return new Ranked(new Candidate(s, null, f), score);
    }

    private Answer compose(Ranked... ranked) {
        return compose("When did the mill reopen?", ranked);
    }

    private Answer compose(String question, Ranked... ranked) {
        QuestionPart part = new QuestionPart(question, AnswerType.of(question), Map.of(), new float[] {1, 0});
        return composer.compose(List.of(new Composer.Answered(part, List.of(ranked))), List.of());
    }

    @Test
    void a_runner_up_that_repeats_most_of_the_best_sentences_words_is_left_out() {
        Sentence best = sentence("The old mill reopened in April after a long repair by volunteers.", 1, 0);
        Sentence echo = sentence("Volunteers reopened the old mill in April after the repair.", 0, 1);

        Answer answer = compose(ranked(best, 2.0), ranked(echo, 1.8));

        assertEquals(1, answer.sentences().size(), answer.text());
    }

    @Test
    void a_close_runner_up_that_says_something_else_is_shown_with_one_citation_for_the_article() {
        Sentence best = sentence("The old mill reopened in April after a long repair by the county.", 1, 0);
        Sentence other = sentence("Its wheel now grinds flour for three bakeries in town.", 0, 1);

        Answer answer = compose(ranked(best, 2.0), ranked(other, 1.5));

        assertEquals(2, answer.sentences().size(), answer.text());
        assertEquals(1, answer.citations().size());
        assertTrue(answer.footer().get(0).contains("Valley Times"));
    }

    @Test
    void a_runner_up_far_behind_the_best_is_not_shown() {
        Sentence best = sentence("The old mill reopened in April after a long repair by the county.", 1, 0);
        Sentence other = sentence("The wheel now grinds flour for three bakeries in town.", 0, 1);

        Answer answer = compose(ranked(best, 3.0), ranked(other, 1.0));

        assertEquals(1, answer.sentences().size(), answer.text());
    }

    @Test
    void a_sentence_ending_in_a_colon_brings_the_sentence_it_introduces() {
        Sentence intro = sentence("The mill reopened with two changes:", 1, 0);
        sentence("It now runs on solar power.", 0, 1);

        Answer answer = compose(ranked(intro, 3.0));

        assertEquals(2, answer.sentences().size(), answer.text());
        assertFalse(answer.text().strip().endsWith(":"));
    }

    @Test
    void a_sentence_introducing_a_list_brings_the_whole_short_list() {
        Sentence intro = sentence(Sentence.Kind.PROSE, 0, "The Ostley kiln burns three woods:", 1, 0);
        sentence(Sentence.Kind.LIST_ITEM, 1, "ash for the first firing", 0, 1);
        sentence(Sentence.Kind.LIST_ITEM, 1, "oak for the long soak", 0, 1);
        sentence(Sentence.Kind.LIST_ITEM, 1, "pine for the final flash", 0, 1);
        sentence(Sentence.Kind.PROSE, 2, "Harrowby buys its wood from a local yard.", 0, 1);

        Answer answer = compose("Which woods does the Ostley kiln burn?", ranked(intro, 3.0));

        assertEquals(List.of("The Ostley kiln burns three woods:", "ash for the first firing", "oak for the long soak",
                "pine for the final flash"), answer.sentences().stream().map(AnswerSentence::text).toList());
    }

    @Test
    void a_runner_up_ending_in_a_colon_is_not_left_standing_alone() {
        Sentence best = sentence(Sentence.Kind.PROSE, 0,
                "The Ostley kiln is fired twice a month by volunteers from the village.", 1, 0);
        Sentence intro = sentence(Sentence.Kind.PROSE, 0, "Each firing needs three woods:", 0, 1);
        sentence(Sentence.Kind.LIST_ITEM, 1, "ash", 0, 1);
        sentence(Sentence.Kind.LIST_ITEM, 1, "oak", 0, 1);

        Answer answer = compose("What does the Ostley kiln burn?", ranked(best, 2.0), ranked(intro, 1.8));

        assertEquals(List.of("The Ostley kiln is fired twice a month by volunteers from the village.",
                "Each firing needs three woods:", "ash", "oak"),
                answer.sentences().stream().map(AnswerSentence::text).toList());
    }

    @Test
    void a_runner_up_ending_in_a_colon_that_introduces_nothing_is_left_out() {
        Sentence best = sentence(Sentence.Kind.PROSE, 0,
                "The Ostley kiln is fired twice a month by volunteers from the village.", 1, 0);
        Sentence intro = sentence(Sentence.Kind.PROSE, 0, "Harrowby's potter posted on social media:", 0, 1);

        Answer answer = compose("What does the Ostley kiln burn?", ranked(best, 2.0), ranked(intro, 1.8));

        assertEquals(List.of("The Ostley kiln is fired twice a month by volunteers from the village."),
                answer.sentences().stream().map(AnswerSentence::text).toList());
    }

    @Test
    void a_list_item_comes_with_the_sentence_that_introduces_its_list() {
        sentence(Sentence.Kind.PROSE, 0, "The council named three changes to the mill:", 1, 0);
        sentence(Sentence.Kind.LIST_ITEM, 1, "a new roof", 0, 1);
        Sentence item = sentence(Sentence.Kind.LIST_ITEM, 1, "solar panels on the barn", 0, 1);

        Answer answer = compose(ranked(item, 3.0));

        assertEquals(List.of("The council named three changes to the mill:", "solar panels on the barn"),
                answer.sentences().stream().map(AnswerSentence::text).toList());
    }

    @Test
    void a_very_short_sentence_brings_the_next_one_of_its_paragraph() {
        Sentence lead = sentence("Two things changed at the mill.", 1, 0);
        sentence("The wheel was rebuilt in oak and the roof was slated again.", 0, 1);

        Answer answer = compose(ranked(lead, 3.0));

        assertEquals(2, answer.sentences().size(), answer.text());
    }

    @Test
    void a_sentence_of_ordinary_length_stands_alone() {
        Sentence full = sentence("The wheel of the old mill was rebuilt in oak by a team of volunteers.", 1, 0);
        sentence("The roof was slated again.", 0, 1);

        Answer answer = compose(ranked(full, 3.0));

        assertEquals(1, answer.sentences().size(), answer.text());
    }

    @Test
    void a_sentence_whose_speaker_is_a_pronoun_comes_after_the_sentence_naming_them() {
        Sentence named = sentence("Ada Lowe, who runs the bakery next door, said trade had doubled.", 0, 1);
        Sentence quote = sentence("\"The queue starts at seven,\" she told the Valley Times.", 1, 0);

        Answer answer = compose(ranked(quote, 3.0));

        assertEquals(List.of(named.text(), quote.text()),
                answer.sentences().stream().map(AnswerSentence::text).toList());
    }

    @Test
    void a_list_item_whose_subject_is_a_pronoun_comes_after_the_item_s_sentence_naming_them() {
        Sentence named = sentence(Sentence.Kind.LIST_ITEM, 2, "New chair: Ada Lowe was elected unopposed.", 0, 1);
        Sentence pronoun = sentence(Sentence.Kind.LIST_ITEM, 2, "She takes over from the bakery's founder.", 1, 0);

        Answer answer = compose(ranked(pronoun, 3.0));

        assertEquals(List.of(named.text(), pronoun.text()),
                answer.sentences().stream().map(AnswerSentence::text).toList());
    }

    @Test
    void a_pronoun_with_no_name_before_it_or_a_named_speaker_stands_alone() {
        sentence("The bakery opened in the spring after a long wait for its licence.", 0, 1);
        Sentence unnamed = sentence("She said the queue for bread starts at seven every morning now.", 1, 0);
        sentence("Ada Lowe runs the bakery next door to the old mill.", 0, 1);
        Sentence named = sentence("\"The queue starts at seven,\" Lowe told the Valley Times.", 1, 0);

        assertEquals(1, compose(ranked(unnamed, 3.0)).sentences().size());
        assertEquals(1, compose(ranked(named, 3.0)).sentences().size());
    }

    @Test
    void a_next_sentence_that_refers_back_and_ranks_near_the_top_follows_the_best() {
        Sentence best = sentence("The old mill on the river was the largest in the county for a century.", 1, 0);
        Sentence next = sentence("It was rebuilt by a cooperative of local farmers in 1998.", 0, 1);
        Sentence other = sentence("Flour from the valley is sold in three bakeries in town.", 0, 1);

        Answer answer = compose(ranked(best, 5.0), ranked(other, 2.0), ranked(next, 1.0));

        assertEquals(List.of(best.text(), next.text()),
                answer.sentences().stream().map(AnswerSentence::text).toList());
    }

    @Test
    void a_next_sentence_is_not_shown_when_it_ranks_low_starts_afresh_or_opens_another_paragraph() {
        Sentence best = sentence("The old mill on the river was the largest in the county for a century.", 1, 0);
        Sentence next = sentence("It was rebuilt by a cooperative of local farmers in 1998.", 0, 1);
        Sentence[] others = {sentence("Flour from the valley is sold in three bakeries.", 0, 1),
                sentence("The bakeries open at seven every morning of the week.", 0, 1),
                sentence("A market runs on the square every Saturday morning.", 0, 1)};
        Sentence fresh = sentence("The old mill on the hill was the smallest in the county for years.", 1, 0);
        sentence("Farmers rebuilt its wheel in 1998 with oak from the estate.", 0, 1);
        Sentence apart = sentence("The mill by the weir was the oldest in the county for a century.", 1, 0);
        Sentence nextParagraph = sentence(Sentence.Kind.PROSE, 1, "It was rebuilt by farmers in 1998.", 0, 1);

        Answer lowRanked = compose(ranked(best, 5.0), ranked(others[0], 3.0), ranked(others[1], 2.9),
                ranked(others[2], 2.8), ranked(next, 1.0));
        Answer startsAfresh = compose(ranked(fresh, 5.0), ranked(sentence("Unrelated text about the weather.", 0, 1), 1.0));
        Answer otherParagraph = compose(ranked(apart, 5.0), ranked(nextParagraph, 1.0));

        assertEquals(1, lowRanked.sentences().size(), lowRanked.text());
        assertEquals(1, startsAfresh.sentences().size(), startsAfresh.text());
        assertEquals(1, otherParagraph.sentences().size(), otherParagraph.text());
    }

    @Test
    void given_a_best_sentence_without_the_value_asked_then_a_next_sentence_that_refers_back_and_states_it_follows() {
        Sentence best = sentence("Ada Marsh, who ran the mill for 30 years, died at her home by the weir on 4 May.",
                1, 0);
        Sentence next = sentence("She was 91.", 0, 1);
        Sentence[] others = {sentence("Flour from the valley is sold in three bakeries.", 0, 1),
                sentence("The bakeries open at seven every morning of the week.", 0, 1),
                sentence("A market runs on the square every Saturday morning.", 0, 1)};

        Answer answer = compose("How old was Ada Marsh when she died?", ranked(best, 5.0), ranked(others[0], 3.0),
                ranked(others[1], 2.9), ranked(others[2], 2.8), ranked(next, 1.0));

        assertEquals(List.of(best.text(), next.text()),
                answer.sentences().stream().map(AnswerSentence::text).toList());
    }

    @Test
    void given_a_best_sentence_that_states_the_value_asked_then_a_low_ranked_next_sentence_stays_out() {
        Sentence best = sentence("Ada Marsh, who ran the mill for 30 years, died on 4 May, aged 91, at her home.",
                1, 0);
        Sentence next = sentence("She had been 12 when she started.", 0, 1);
        Sentence[] others = {sentence("Flour from the valley is sold in three bakeries.", 0, 1),
                sentence("The bakeries open at seven every morning of the week.", 0, 1),
                sentence("A market runs on the square every Saturday morning.", 0, 1)};

        Answer answer = compose("How old was Ada Marsh when she died?", ranked(best, 5.0), ranked(others[0], 3.0),
                ranked(others[1], 2.9), ranked(others[2], 2.8), ranked(next, 1.0));

        assertEquals(List.of(best.text()), answer.sentences().stream().map(AnswerSentence::text).toList());
    }

    @Test
    void given_a_best_sentence_that_points_back_at_a_time_then_the_sentence_before_it_comes_first() {
        Sentence before = sentence("Guided tours of the mill run from 10:00 to 11:00 and from 14:00 to 15:00.", 0, 1);
        Sentence best = sentence("The wheel house is closed to other visitors during these times, for safety.", 1, 0);

        Answer answer = compose(ranked(best, 5.0));

        assertEquals(List.of(before.text(), best.text()),
                answer.sentences().stream().map(AnswerSentence::text).toList());
    }

    @Test
    void given_a_best_sentence_that_points_back_across_a_paragraph_then_it_stands_alone() {
        sentence("Guided tours of the mill run from 10:00 to 11:00 and from 14:00 to 15:00.", 0, 1);
        Sentence best = sentence(Sentence.Kind.PROSE, 1,
                "The wheel house is closed to other visitors during these times, for safety.", 1, 0);

        Answer answer = compose(ranked(best, 5.0));

        assertEquals(List.of(best.text()), answer.sentences().stream().map(AnswerSentence::text).toList());
    }

    @Test
    void given_a_close_runner_up_of_another_article_with_another_figure_for_the_same_fact_then_both_are_shown() {
        Sentence best = sentence("Volunteers counted 212 visitors at the open day, most of them from town.", 1, 0);
        Sentence other = index.addTo("fair", Sentence.Kind.PROSE, 0,
                "Volunteers counted 386 visitors at the open day, most of them from town.", 1, 0);

        Answer answer = compose("How many visitors came to the open day?", ranked(best, 2.0), ranked(other, 1.5));

        assertEquals(List.of(best.text(), other.text()),
                answer.sentences().stream().map(AnswerSentence::text).toList());
        assertEquals(List.of("mill", "fair"), answer.citations().stream().map(Citation::doc).toList());
        assertEquals(Composer.DIFFERING_LEAD, answer.lead());
    }

    @Test
    void given_another_article_with_the_same_figure_for_the_same_fact_then_it_is_cited_as_agreeing() {
        Sentence best = sentence("Volunteers counted 212 visitors at the open day, most of them from town.", 1, 0);
        Sentence other = index.addTo("fair", Sentence.Kind.PROSE, 0,
                "Volunteers counted 212 visitors at the open day, most of them from the town.", 1, 0);

        Answer answer = compose("How many visitors came to the open day?", ranked(best, 2.0), ranked(other, 1.5));

        assertEquals(1, answer.sentences().size(), answer.text());
        assertEquals(List.of(1, 2), answer.sentences().get(0).refs());
        assertEquals("2 articles report this.", answer.lead());
    }

    @Test
    void given_a_close_runner_up_of_another_article_that_says_something_else_then_only_the_best_is_shown() {
        Sentence best = sentence("Volunteers counted 212 visitors at the open day, most of them from town.", 1, 0);
        Sentence other = index.addTo("fair", Sentence.Kind.PROSE, 0,
                "The fair's 30 stalls sold cider, cheese and wool from nearby farms.", 0, 1);

        Answer answer = compose("How many visitors came to the open day?", ranked(best, 2.0), ranked(other, 1.5));

        assertEquals(List.of(best.text()), answer.sentences().stream().map(AnswerSentence::text).toList());
        assertEquals("", answer.lead());
    }

    @Test
    void given_another_article_with_another_figure_far_behind_the_best_then_only_the_best_is_shown() {
        Sentence best = sentence("Volunteers counted 212 visitors at the open day, most of them from town.", 1, 0);
        Sentence other = index.addTo("fair", Sentence.Kind.PROSE, 0,
                "Volunteers counted 386 visitors at the open day, most of them from town.", 1, 0);

        Answer answer = compose("How many visitors came to the open day?", ranked(best, 3.0), ranked(other, 1.0));

        assertEquals(1, answer.sentences().size(), answer.text());
        assertEquals("", answer.lead());
    }
}
