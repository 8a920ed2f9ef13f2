package byline.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortFactsTest {
    private static final String ARTICLE = """
            ---
            title: "Harbour Town hold on to reach the county final"
            outlet: "Harbour Gazette"
            published: "2026-04-12"
            ---
            - April 12
            - 2 min read

            Harbour Town beat Kelby Rovers 2-0 on Saturday to reach the county final for the first time.

            Rating: four goals from five chances

            - Referee: Ana Ruiz
            - Half-time: 1-0
            - Attendance: 2,140

            The final will be played in May. Nobody was booked.

            Keeper Ivo Dane made six saves before his knee gave way. He was 37.

            By Lena Holt.
            """;

    @TempDir
    Path dir;

    private List<Sentence> parse() throws IOException {
        return WrittenArticle.sentences(dir, ARTICLE);
    }

    @Test
    void short_label_and_value_items_are_kept_as_facts() throws IOException {
        List<String> texts = parse().stream().map(Sentence::text).toList();

        assertTrue(texts.containsAll(List.of("Referee: Ana Ruiz", "Half-time: 1-0", "Attendance: 2,140")), texts.toString());
        assertTrue(texts.contains("Rating: four goals from five chances"), texts.toString());
    }

    @Test
    void short_items_without_a_label_are_still_dropped() throws IOException {
        List<String> texts = parse().stream().map(Sentence::text).toList();

        assertFalse(texts.contains("April 12"), texts.toString());
        assertFalse(texts.contains("2 min read"), texts.toString());
    }

    @Test
    void a_label_and_value_line_does_not_become_the_heading_of_what_follows() throws IOException {
        Sentence last = parse().stream().filter(s -> s.text().startsWith("The final will")).findFirst().orElseThrow();

        assertEquals("Harbour Town hold on to reach the county final", last.heading());
    }

    @Test
    void given_a_sentence_of_two_or_three_words_that_states_something_then_it_is_kept() throws IOException {
        List<String> texts = parse().stream().map(Sentence::text).toList();

        assertTrue(texts.containsAll(List.of("Nobody was booked.", "He was 37.")), texts.toString());
        assertFalse(texts.contains("By Lena Holt."), texts.toString());
    }
}
