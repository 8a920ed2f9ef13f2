package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuestionPartsTest {

    @Test
    void splits_at_and_before_a_wh_word() {
        assertEquals(List.of("When did the ferry first sail", "who was its captain?"),
                QuestionParts.split("When did the ferry first sail, and who was its captain?"));
    }

    @Test
    void allows_one_word_between_and_and_the_wh_word() {
        assertEquals(List.of("Which town built the pier", "since when has it stood?"),
                QuestionParts.split("Which town built the pier and since when has it stood?"));
    }

    @Test
    void keeps_a_question_whole_when_and_joins_nouns() {
        assertEquals(List.of("Who bakes the bread and the cakes?"),
                QuestionParts.split("Who bakes the bread and the cakes?"));
    }

    @Test
    void keeps_a_question_whole_when_a_part_would_be_too_short() {
        assertEquals(List.of("Who built it, and when?"), QuestionParts.split("Who built it, and when?"));
    }

    @Test
    void two_wh_words_before_one_predicate_each_ask_it() {
        assertEquals(List.of("Where was the bell cast?", "when was the bell cast?"),
                QuestionParts.split("Where and when was the bell cast?"));
        assertEquals(List.of("Where can residents collect a permit?", "on what date can residents collect a permit?"),
                QuestionParts.split("Where and on what date can residents collect a permit?"));
    }
}
