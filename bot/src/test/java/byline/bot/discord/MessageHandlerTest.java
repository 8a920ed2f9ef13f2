package byline.bot.discord;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessageHandlerTest {

    @Test
    void the_question_loses_bylines_mention_in_either_form_but_keeps_everything_else() {
        assertEquals("who joined? ask <@99>",
                MessageHandler.withoutMention("<@42> who joined? <@!42> ask <@99>", 42));
        assertEquals("@everyone what now?", MessageHandler.withoutMention("@everyone <@!42>   what now?", 42));
        assertEquals("", MessageHandler.withoutMention("<@42>", 42));
    }
}
