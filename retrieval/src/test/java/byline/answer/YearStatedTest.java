package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YearStatedTest {
    private final FakeSentenceIndex index = new FakeSentenceIndex("regatta");
    private final YearStated rule = new YearStated(index, Map.of("regatta",
            new Article("regatta", "Harlow wins again", "Coast Courier", "2026-05-02", "", "", "body")));

    private static QuestionPart asking(String question) {
        return new QuestionPart(question, AnswerType.PERSON, Map.of("regatta", 1.0), new float[] {1, 0});
    }

    @Test
    void given_a_question_naming_no_year_then_the_rule_does_not_apply() {
        assertFalse(rule.applies(asking("Who won the regatta?")));
        assertTrue(rule.applies(asking("Who won the 1998 regatta?")));
    }

    @Test
    void given_the_year_asked_nowhere_near_the_answer_then_it_declines() {
        Sentence s = index.add(Sentence.Kind.PROSE, 0, "Harlow's crew won the regatta by two lengths.", 1, 0);

        assertEquals(YearStated.NO_YEAR, rule.declines(asking("Who won the 1998 regatta?"), List.of(s)).orElseThrow());
    }

    @Test
    void given_the_year_in_the_sentence_before_then_the_answer_stands() {
        index.add(Sentence.Kind.PROSE, 0, "The 1998 regatta was sailed in a gale.", 1, 0);
        Sentence s = index.add(Sentence.Kind.PROSE, 0, "Harlow's crew won it by two lengths.", 0, 1);

        assertTrue(rule.declines(asking("Who won the 1998 regatta?"), List.of(s)).isEmpty());
    }

    @Test
    void given_no_year_around_the_answer_then_its_article_s_year_is_the_year_it_speaks_of() {
        Sentence s = index.add(Sentence.Kind.PROSE, 0, "On Saturday 2 May, Harlow's crew won the regatta by two lengths.",
                1, 0);

        assertTrue(rule.declines(asking("Who won the 2026 regatta?"), List.of(s)).isEmpty());
        assertEquals(YearStated.NO_YEAR, rule.declines(asking("Who won the 2025 regatta?"), List.of(s)).orElseThrow());
    }

    @Test
    void given_a_quarter_named_without_its_year_then_last_year_s_counts_as_well_as_the_article_s() {
        Sentence s = index.add(Sentence.Kind.PROSE, 0, "Harlow Marine reported fourth-quarter sales of £12 million.",
                1, 0);

        assertTrue(rule.declines(asking("What were Harlow Marine's sales in the fourth quarter of 2025?"), List.of(s))
                .isEmpty());
        assertTrue(rule.declines(asking("What were Harlow Marine's Q4 2026 sales?"), List.of(s)).isEmpty());
        assertEquals(YearStated.NO_YEAR, rule.declines(asking("What were Harlow Marine's sales in the fourth "
                + "quarter of 2024?"), List.of(s)).orElseThrow());
    }

    @Test
    void given_another_year_stated_around_the_answer_then_the_article_s_year_does_not_count() {
        Sentence s = index.add(Sentence.Kind.PROSE, 0, "Harlow's crew won the 2024 regatta by two lengths.", 1, 0);

        assertEquals(YearStated.NO_YEAR, rule.declines(asking("Who won the 2026 regatta?"), List.of(s)).orElseThrow());
    }
    @Test
    void given_last_year_asked_and_only_this_year_s_fact_shown_then_it_declines() {
        Sentence s = index.add(Sentence.Kind.PROSE, 0, "Harlow's crew won the regatta by two lengths.", 1, 0);

        assertEquals(YearStated.NO_YEAR, rule.declines(asking("Who won the regatta last year?"), List.of(s))
                .orElseThrow());
    }

    @Test
    void given_last_year_asked_and_the_year_before_the_article_s_stated_then_the_answer_stands() {
        Sentence said = index.add(Sentence.Kind.PROSE, 0, "Harlow's crew also won the regatta a year earlier.", 1, 0);
        Sentence dated = index.add(Sentence.Kind.PROSE, 1, "In 2025 the regatta went to Harlow's crew.", 0, 1);

        assertTrue(rule.declines(asking("Who won the regatta last year?"), List.of(said)).isEmpty());
        assertTrue(rule.declines(asking("who won the regatta a year ago"), List.of(dated)).isEmpty());
    }

    @Test
    void given_next_year_asked_then_only_the_year_after_the_article_s_answers() {
        Sentence now = index.add(Sentence.Kind.PROSE, 0, "The regatta has 40 boats entered.", 1, 0);
        assertEquals(YearStated.NO_YEAR, rule.declines(asking("How many boats will enter next year?"), List.of(now))
                .orElseThrow());

        Sentence ahead = index.add(Sentence.Kind.PROSE, 1, "Organisers expect 60 boats in 2027.", 0, 1);
        assertTrue(rule.declines(asking("How many boats will enter next year?"), List.of(ahead)).isEmpty());
    }

    @Test
    void given_someone_s_own_last_year_or_a_change_against_last_year_then_the_rule_does_not_apply() {
        assertFalse(rule.applies(asking("What did the rowers train for in their last year at school?")));
        assertFalse(rule.applies(asking("How much more does the regatta cost than a year ago?")));
        assertFalse(rule.applies(asking("How far will the club grow over the next year and a half?")));
        assertTrue(rule.applies(asking("Who won the regatta last year?")));
    }
}
