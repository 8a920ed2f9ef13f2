package byline.bot.terminal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WrapTest {

    @Test
    void given_a_long_sentence_when_wrapped_then_lines_break_between_words_within_the_width() {
        String text = "The town council approved a new library budget of two million pounds on Tuesday evening.";

        String wrapped = new Wrap(30).lines(text);

        assertEquals(text, wrapped.replace('\n', ' '));
        for (String line : wrapped.split("\n")) {
            assertTrue(line.length() <= 30, line);
        }
    }

    @Test
    void given_a_marker_at_the_edge_when_wrapped_then_it_stays_with_its_word() {
        String wrapped = new Wrap(24).lines("The harbour reopened today. [1][2] It was closed for a year. [3]");

        assertEquals("The harbour reopened\ntoday. [1][2] It was\nclosed for a year. [3]", wrapped);
    }

    @Test
    void given_indents_when_wrapped_then_the_continuation_lines_are_indented_under_the_text() {
        String wrapped = new Wrap(30).lines("Town Crier — \"Library budget approved after long debate\"", "  [1] ",
                "      ");

        assertEquals("  [1] Town Crier — \"Library\n      budget approved after\n      long debate\"", wrapped);
    }

    @Test
    void given_a_word_longer_than_the_line_when_wrapped_then_it_is_never_cut() {
        String url = "https://example.com/" + "a".repeat(40);

        assertEquals("see\n" + url + "\nnow", new Wrap(20).lines("see " + url + " now"));
    }

    @Test
    void given_no_terminal_width_when_wrapped_then_the_plain_width_is_used() {
        assertEquals(Wrap.PLAIN, new Wrap(0).width());
    }
}
