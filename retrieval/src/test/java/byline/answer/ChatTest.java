package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChatTest {

    @Test
    void drops_greetings_and_hedges_before_the_question() {
        assertEquals("who runs the ferry?", Chat.withoutFillers("hey, ok so who runs the ferry?"));
        assertEquals("when does the market open?", Chat.withoutFillers("Can you tell me when does the market open?"));
        assertEquals("where is the pier?", Chat.withoutFillers("quick question: where is the pier?"));
    }

    @Test
    void leaves_a_question_without_fillers_alone() {
        assertEquals("Who runs the ferry?", Chat.withoutFillers("  Who runs the ferry?  "));
        assertEquals("Okapis live where?", Chat.withoutFillers("Okapis live where?"));
    }
}
