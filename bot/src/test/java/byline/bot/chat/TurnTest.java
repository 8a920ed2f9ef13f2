package byline.bot.chat;

import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Citation;
import byline.answer.Question;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TurnTest {
    private static final Citation POST = new Citation(1, "mill-sale", "Harbour Post", "Globex buys the mill",
            "2025-05-10", "", "");

    private static Answer saying(String sentence) {
        return new Answer("", List.of(new AnswerSentence(sentence, List.of(1))), List.of(POST), false, List.of(),
                "test");
    }

    @Test
    void given_a_question_that_opens_a_conversation_when_followed_up_then_only_its_answer_was_said() {
        Turn first = Turn.answered("What did Globex buy?", saying("Globex bought the mill."));

        Question next = first.followUp("when?");

        assertEquals(List.of("Globex bought the mill."), next.earlierAnswer());
        assertEquals(List.of(), next.earlierSaid());
        assertEquals(List.of("mill-sale"), next.earlierSources());
    }

    @Test
    void given_two_answered_turns_when_followed_up_again_then_the_first_answer_is_carried_as_said_before() {
        Turn first = Turn.answered("What did Globex buy?", saying("Globex bought the mill."));
        Question second = first.followUp("when?");
        Turn secondTurn = Turn.answered("when?", saying("The deal was announced on 4 March."), second);

        Question third = secondTurn.followUp("and who runs it?");

        assertEquals(List.of("The deal was announced on 4 March."), third.earlierAnswer());
        assertEquals(List.of("Globex bought the mill."), third.earlierSaid());
        assertEquals(List.of("Globex bought the mill.", "The deal was announced on 4 March."), third.saidSoFar());
    }

    @Test
    void given_a_long_conversation_when_followed_up_then_only_the_latest_sentences_are_remembered() {
        Turn turn = Turn.answered("q0", saying("sentence 0"));
        for (int i = 1; i <= Turn.REMEMBERED + 5; i++) {
            turn = Turn.answered("q" + i, saying("sentence " + i), turn.followUp("q" + i));
        }

        List<String> before = turn.followUp("again?").earlierSaid();

        assertEquals(Turn.REMEMBERED, before.size());
        List<String> expected = new ArrayList<>();
        for (int i = 5; i < Turn.REMEMBERED + 5; i++) {
            expected.add("sentence " + i);
        }
        assertEquals(expected, before);
        assertTrue(turn.followUp("again?").earlierAnswer().contains("sentence " + (Turn.REMEMBERED + 5)));
    }
}
