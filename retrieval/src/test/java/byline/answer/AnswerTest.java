package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerTest {
    private static final Citation REUTERS = new Citation(1, "doc", "", "A title", "2026-05-27", "", "Reuters");

    @Test
    void refuses_an_answer_that_is_not_abstained_and_cites_nothing() {
        assertThrows(IllegalArgumentException.class,
                () -> new Answer("", List.of(new AnswerSentence("A claim.", List.of(1))), List.of(), false,
                        List.of(), "test"));
        assertThrows(IllegalArgumentException.class,
                () -> new AnswerSentence("A claim without a marker.", List.of()));
    }

    @Test
    void refuses_a_marker_that_points_at_no_source() {
        assertThrows(IllegalArgumentException.class,
                () -> new Answer("", List.of(new AnswerSentence("A claim.", List.of(2))), List.of(REUTERS), false,
                        List.of(), "test"));
    }

    @Test
    void refuses_a_source_no_sentence_uses() {
        Citation second = new Citation(2, "other", "CNBC", "T", "", "", "");
        assertThrows(IllegalArgumentException.class,
                () -> new Answer("", List.of(new AnswerSentence("A claim.", List.of(1))), List.of(REUTERS, second),
                        false, List.of(), "test"));
    }

    @Test
    void an_abstention_carries_no_sources_and_says_so() {
        Answer a = Answer.abstain(List.of(), "test");

        assertTrue(a.abstained());
        assertEquals(Answer.NOT_IN_CORPUS, a.text());
        assertTrue(a.footer().isEmpty());
    }

    @Test
    void renders_markers_and_footer_labels() {
        Answer a = new Answer("", List.of(new AnswerSentence("Karpathy joined Anthropic.", List.of(1))),
                List.of(REUTERS), false, List.of(), "test");

        assertEquals("Karpathy joined Anthropic. [1]", a.text());
        assertEquals(List.of("[1] Reuters, via \"A title\" (2026-05-27)"), a.footer());
        assertEquals("BUSINESS 2.0 — \"T\" (2026-05-29)",
                new Citation(1, "d", "BUSINESS 2.0", "T", "2026-05-29", "", "").label());
        assertEquals("\"T\" (outlet not named)", new Citation(1, "d", "", "T", "", "", "").label());
        assertEquals("CNBC, via BUSINESS 2.0 — \"T\" (2026-05-29)",
                new Citation(1, "d", "BUSINESS 2.0", "T", "2026-05-29", "", "CNBC").label());
    }
}
