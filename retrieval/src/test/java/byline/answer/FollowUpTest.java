package byline.answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FollowUpTest {
    private static final String EARLIER = "Who bought the old mill?";
    private static final List<String> SAID = List.of("Tom Berry bought the old mill from Globex in March.");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "when did he buy it? | true",
            "when was that announced? | true",
            "and what did it cost? | true",
            "what about the bakery next door? | true",
            "How many people live in Kelby? | false",
            "Who bought the old mill? | false",
            "so what does Globex make? | false"})
    void given_a_question_after_an_answer_when_read_then_only_one_that_refers_back_or_continues_is_a_follow_up(
            String question, boolean followUp) {
        Question asked = new Question(question, EARLIER, SAID, List.of("mill"));

        assertEquals(followUp, FollowUp.is(asked, Pronouns.resolve(asked)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"when did he buy it?", "and what did it cost?"})
    void given_no_earlier_turn_when_read_then_nothing_is_a_follow_up(String question) {
        Question asked = new Question(question);

        assertEquals(false, FollowUp.is(asked, Pronouns.resolve(asked)));
    }
}
