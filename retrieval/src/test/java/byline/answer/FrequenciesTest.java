package byline.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrequenciesTest {
    @ParameterizedTest
    @ValueSource(strings = {"The ferry sails every 40 minutes in summer.", "The quiz is held every other Tuesday.",
            "Bins are emptied twice a week.", "The committee meets three times a year.", "The newsletter goes out monthly.",
            "The market runs on Saturdays.", "The gauge takes a reading each hour.", "She writes two columns a week."})
    void the_ways_english_says_how_often_are_read(String sentence) {
        assertTrue(Frequencies.statedIn(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The ferry sailed on 4 March.", "The committee has nine members.",
            "The market opened in 2019 on a Saturday.", "Every member gets a vote."})
    void a_date_or_a_count_does_not_say_how_often(String sentence) {
        assertFalse(Frequencies.statedIn(sentence));
    }

    @Test
    void a_how_often_question_asks_a_frequency_and_a_sentence_with_one_fits() {
        assertEquals(AnswerType.FREQUENCY, AnswerType.of("How often does the ferry sail?"));
        assertEquals(AnswerType.FREQUENCY, AnswerType.of("how frequently are the bins emptied"));
        assertTrue(AnswerType.FREQUENCY.fits(new byline.corpus.Sentence("d", 0, "Bins are emptied every fortnight.",
                byline.corpus.Sentence.Kind.PROSE, "", 0, ""), "How often are bins emptied?"));
    }
}
