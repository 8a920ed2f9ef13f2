package byline.bot.chat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguagesTest {
    private final Languages languages = new Languages();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "¿Quién dirige el nuevo laboratorio de robots? | Spanish",
            "Cuándo abrió la panadería del pueblo | Spanish",
            "Qui est le nouveau maire de la ville ? | French",
            "Combien coûte le billet de train pour Lyon ? | French",
            "Wer ist der neue Trainer der Mannschaft? | German",
            "Wann hat die Bibliothek im Dorf geöffnet? | German",
            "Chi è il nuovo sindaco della città? | Italian",
            "Quem é o novo treinador da equipe? | Portuguese",
            "Wie is de nieuwe burgemeester van het dorp? | Dutch"})
    void given_a_question_in_another_language_when_guessed_then_it_is_not_english(String question, String language) {
        assertEquals(Optional.of(language), languages.notEnglish(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Who is the new mayor of the town?",
            "When did the bakery on Mill Street open?",
            "What did Le Monde say about the river festival?",
            "Who is Ursula von der Leyen meeting in Brussels?",
            "How much did El Cortijo pay for the vineyard?",
            "Is Das Boot still showing at the cinema?",
            "Karpathy",
            "Anthropic xAI compute deal"})
    void given_an_english_question_with_foreign_names_when_guessed_then_it_stays_english(String question) {
        assertEquals(Optional.empty(), languages.notEnglish(question), question);
    }
}
