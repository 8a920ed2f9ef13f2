package byline.bot.chat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntentsTest {
    private final Intents intents = new Intents();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hi | GREETING",
            "Hello! | GREETING",
            "hey Byline | GREETING",
            "Good morning :) | GREETING",
            "thanks | THANKS",
            "Thank you! | THANKS",
            "Ok, thanks, Byline. | THANKS",
            "help | HELP",
            "Help? | HELP",
            "What can you do? | HELP",
            "sources | SOURCES",
            "Sources. | SOURCES",
            "list articles | SOURCES",
            "How many articles do you have? | SOURCES",
            "what sources do you have | SOURCES",
            "What can I ask? | HELP",
            "quit | QUIT",
            "EXIT | QUIT",
            "bye! | QUIT",
            "¿Quién es el alcalde? | NOT_ENGLISH",
            "Qui a gagné la course ? | NOT_ENGLISH"})
    void given_small_talk_or_a_command_word_when_classified_then_it_is_not_sent_as_a_question(String message,
                                                                                           Intent intent) {
        assertEquals(intent, intents.of(message), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hi, who runs the bakery on Mill Street?",
            "Which sources reported the flood?",
            "How do I help the flood victims according to the council?",
            "thanks to whom did the library reopen?",
            "Who said goodbye to the team?",
            "exit polls in the mayoral race"})
    void given_a_real_question_that_uses_those_words_when_classified_then_it_is_a_question(String message) {
        assertEquals(Intent.QUESTION, intents.of(message), message);
    }
}
