package byline.bot.discord;

import byline.bot.discord.MessageSplitter.Piece;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageSplitterTest {

    @Test
    void pieces_fill_a_message_and_the_separator_is_dropped_where_a_new_message_starts() {
        MessageSplitter splitter = new MessageSplitter(20);

        List<String> messages = splitter.split(List.of(new Piece(" ", "One two."), new Piece(" ", "Three."),
                new Piece("\n\n", "Sources"), new Piece("\n", "[1] X")));

        assertEquals(List.of("One two. Three.", "Sources\n[1] X"), messages);
    }

    @Test
    void a_piece_longer_than_a_message_is_broken_at_spaces() {
        MessageSplitter splitter = new MessageSplitter(12);

        List<String> messages = splitter.split(List.of(new Piece(" ", "Short."),
                new Piece(" ", "a run on sentence that goes on")));

        assertEquals(List.of("Short.", "a run on", "sentence", "that goes on"), messages);
        messages.forEach(m -> assertTrue(m.length() <= 12, m));
    }

    @Test
    void a_word_longer_than_a_message_is_cut_at_the_limit() {
        List<String> messages = new MessageSplitter(4).split(List.of(new Piece(" ", "abcdefghij")));

        assertEquals(List.of("abcd", "efgh", "ij"), messages);
    }
}
