package byline.bot.terminal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FollowUpsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "and who does he report to? | true",
            "what about Eureka Labs? | true",
            "why is that? | true",
            "who leads it? | true",
            "What did Karpathy say about education? | false",
            "Which outlet first reported the move? | false",
            "How much will Anthropic pay xAI? | false"})
    void tells_follow_ups_from_fresh_questions(String question, boolean followUp) {
        assertEquals(followUp, FollowUps.looksLikeFollowUp(question), question);
    }
}
