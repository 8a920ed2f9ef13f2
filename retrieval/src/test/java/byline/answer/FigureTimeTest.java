package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureTimeTest {
    private final FigureTime rule = new FigureTime(Map.of("ferry",
            new Article("ferry", "Ferry numbers up", "Isles Gazette", "2026-03-02", "", "", "body")));

    private static QuestionPart asking(String question, AnswerType type) {
        return new QuestionPart(question, type, Map.of("ferry", 1.0), new float[] {1, 0});
    }

    private static Sentence sentence(String text) {
        return new Sentence("ferry", 0, text, Sentence.Kind.PROSE, "", 0, "");
    }

    @Test
    void given_a_count_asked_for_a_year_then_the_rule_applies_and_without_a_year_it_does_not() {
        assertTrue(rule.applies(asking("How many passengers did the ferry carry in 2024?", AnswerType.COUNT)));
        assertTrue(rule.applies(asking("How many passengers does the ferry expect next year?", AnswerType.COUNT)));
        assertFalse(rule.applies(asking("How many passengers did the ferry carry?", AnswerType.COUNT)));
        assertFalse(rule.applies(asking("Who ran the ferry in 2024?", AnswerType.PERSON)));
    }

    @Test
    void given_the_only_figure_tied_to_another_year_then_it_declines() {
        Sentence s = sentence("The ferry carried 412,000 passengers last year, up 8 percent from 2024.");

        assertEquals(FigureTime.OTHER_TIME, rule.declines(
                asking("How many passengers did the ferry carry in 2024?", AnswerType.COUNT), List.of(s)).orElseThrow());
        assertTrue(rule.declines(asking("How many passengers did the ferry carry in 2025?", AnswerType.COUNT),
                List.of(s)).isEmpty());
    }

    @Test
    void given_a_figure_tied_to_the_year_asked_among_others_then_the_answer_stands() {
        Sentence s = sentence("Crossings rose from 9,100 in 2023 to 11,700 in 2025.");

        assertTrue(rule.declines(asking("How many crossings were there in 2025?", AnswerType.COUNT), List.of(s))
                .isEmpty());
        assertTrue(rule.declines(asking("How many crossings were there in 2023?", AnswerType.COUNT), List.of(s))
                .isEmpty());
    }

    @Test
    void given_a_figure_with_no_year_beside_it_then_the_answer_stands() {
        Sentence s = sentence("In 2019 the company was sold, and today the ferry carries about 400,000 passengers.");

        assertTrue(rule.declines(asking("How many passengers does the ferry carry in 2026?", AnswerType.COUNT),
                List.of(s)).isEmpty());
    }

    @Test
    void given_a_figure_counted_from_another_year_then_it_may_be_the_one_asked() {
        Sentence s = sentence("In 2025 it carried 412,000 passengers, against 380,000 the year before.");

        assertTrue(rule.declines(asking("How many passengers did it carry in 2024?", AnswerType.COUNT), List.of(s))
                .isEmpty());
    }

    @Test
    void given_next_year_asked_and_this_year_stated_then_it_declines() {
        Sentence s = sentence("The crew's union wants a rise of 6 percent this year.");

        assertEquals(FigureTime.OTHER_TIME, rule.declines(
                asking("What rise does the union want next year?", AnswerType.AMOUNT), List.of(s)).orElseThrow());
    }

    @Test
    void given_a_year_in_another_clause_then_it_is_not_the_figure_s_year() {
        assertEquals(Optional.empty(), FigureTime.timeBeside("Fares rose by £2; in 2024 they fell.",
                new int[] {14, 15}, OptionalInt.of(2026)));
        assertEquals(Optional.of(2025), FigureTime.timeBeside("It sold 21,000 tickets last year.",
                new int[] {8, 14}, OptionalInt.of(2026)));
    }

    @Test
    void given_a_month_asked_and_the_only_sum_tied_to_another_month_then_it_declines() {
        Sentence s = sentence("Ticket sales passed £1.2 million in January, the operator said.");

        assertEquals(FigureTime.OTHER_TIME, rule.declines(
                asking("How much did ticket sales reach in December?", AnswerType.AMOUNT), List.of(s)).orElseThrow());
        assertTrue(rule.declines(asking("How much did ticket sales reach in January?", AnswerType.AMOUNT), List.of(s))
                .isEmpty());
    }

    @Test
    void given_a_year_asked_and_a_figure_tied_to_a_month_then_the_answer_stands() {
        Sentence s = sentence("Ticket sales passed £1.2 million in January.");

        assertTrue(rule.declines(asking("How much did ticket sales reach in 2026?", AnswerType.AMOUNT), List.of(s))
                .isEmpty());
    }
}
