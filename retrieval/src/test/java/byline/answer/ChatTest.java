package byline.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChatTest {

    @Test
    void drops_greetings_and_hedges_before_the_question() {
        assertEquals("who runs the ferry?", Chat.plain("hey, ok so who runs the ferry?"));
        assertEquals("when does the market open?", Chat.plain("Can you tell me when does the market open?"));
        assertEquals("where is the pier?", Chat.plain("quick question: where is the pier?"));
    }

    @Test
    void leaves_a_question_without_fillers_alone() {
        assertEquals("Who runs the ferry?", Chat.plain("  Who runs the ferry?  "));
        assertEquals("Okapis live where?", Chat.plain("Okapis live where?"));
    }

    @Test
    void chat_spellings_are_written_out() {
        assertEquals("who is the ceo of the bakery", Chat.plain("whos the ceo of the bakery"));
        assertEquals("how many people work at the mill", Chat.plain("how many ppl work at the mill"));
        assertEquals("how did the tickets sell according to the Gazette",
                Chat.plain("how'd the tix sell acc to the Gazette"));
        assertEquals("when do you open", Chat.plain("when do u open"));
        assertEquals("who is the chief executive going to hire", Chat.plain("whos the chief exec gonna hire"));
        assertEquals("how many hours a week in February", Chat.plain("how many hrs a wk in feb"));
        assertEquals("how many systems did DEC sell", Chat.plain("how many systems did DEC sell"));
    }

    @Test
    void names_and_abbreviations_that_look_like_chat_spellings_stay() {
        assertEquals("Did the U.S. buy R&D from Ur Ltd?", Chat.plain("Did the U.S. buy R&D from Ur Ltd?"));
        assertEquals("Was the infobox or the r/ferries post first?", Chat.plain("Was the infobox or the r/ferries post first?"));
    }
}
