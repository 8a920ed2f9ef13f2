package byline.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PronounsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Who is Maria Lopez's new editor? | when did she start? | when did Maria Lopez start?",
            "Who is Maria Lopez's new editor? | what about her time at Globex? "
                    + "| what about Maria Lopez's time at Globex?",
            "Who hired Tom Berry? | why did they hire him? | why did they hire Tom Berry?",
            "How much did Globex Corp pay for the mill? | when was that announced? | when was that announced?",
            "What did Initech announce at the fair? | and what did it cost? | and what did it cost?",
            "Which bakery did Tom Berry buy? | who ran it before? | who ran it before?",
            "Which bakery did Tom Berry buy at Globex? | who ran it before? | who ran it before?",
            "What does OpenMill sell? | who founded it? | who founded OpenMill?",
            "Where did Ana Ruiz work before she joined Globex? | who did she replace there? "
                    + "| who did Ana Ruiz replace there?"})
    void given_a_follow_up_with_a_pronoun_when_resolved_then_it_names_the_earlier_referent(String earlier,
                                                                                        String followUp,
                                                                                        String resolved) {
        assertEquals(resolved, Pronouns.resolve(new Question(followUp, earlier)).text());
    }

    @Test
    void given_an_earlier_question_without_a_name_when_resolved_then_the_earlier_answer_supplies_it() {
        Question followUp = new Question("how long has he run it?", "Who runs the harbour cafe?",
                List.of("The harbour cafe is run by Sam Okafor, who took over in 2019."));

        assertEquals("how long has Sam Okafor run it?", Pronouns.resolve(followUp).text());
    }

    @Test
    void given_a_follow_up_that_names_its_own_person_when_resolved_then_it_is_left_as_asked() {
        Question followUp = new Question("did Tom Berry say he would stay?", "Who runs the harbour cafe, Sam Okafor?");

        assertEquals("did Tom Berry say he would stay?", Pronouns.resolve(followUp).text());
    }

    @Test
    void given_no_earlier_turn_when_resolved_then_the_question_is_unchanged() {
        Question fresh = new Question("who is he?");

        assertSame(fresh, Pronouns.resolve(fresh));
    }

    @Test
    void given_a_month_in_the_follow_up_when_resolved_then_it_is_not_taken_for_a_name() {
        assertEquals("did Ana Ruiz leave in May?",
                Pronouns.resolve(new Question("did she leave in May?", "Who is Ana Ruiz?")).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "when was that announced? | true",
            "who reported that? | true",
            "why did this happen? | true",
            "what does that mean for the bakery? | true",
            "is that true? | true",
            "how much was that worth? | true",
            "is this the same mill? | true",
            "what happened after that? | true",
            "and were those confirmed? | true",
            "That was the plan? | true",
            "when was that deal announced? | false",
            "who runs that bakery now? | false",
            "did Globex say that the mill would close? | false",
            "which team that joined Globex won? | false",
            "what about this year? | false",
            "what did Globex buy? | false"})
    void given_this_or_that_when_read_then_only_a_demonstrative_standing_alone_points_back(String question,
                                                                                           boolean standsAlone) {
        assertEquals(standsAlone, Pronouns.standsAlone(question));
    }

    @Test
    void given_a_demonstrative_after_an_answer_when_read_then_it_points_at_the_answer_and_the_text_is_kept() {
        Question followUp = new Question("when was that announced?", "How much did Globex pay for the mill?",
                List.of("Globex paid 2 million euros for the old mill on the river."));

        assertTrue(Pronouns.pointsAtAnswer(followUp));
        assertEquals("when was that announced?", Pronouns.resolve(followUp).text());
    }

    @Test
    void given_it_after_a_which_question_when_read_then_it_points_at_the_answer() {
        assertTrue(Pronouns.pointsAtAnswer(new Question("who ran it before?", "Which bakery did Tom Berry buy?")));
        assertFalse(Pronouns.pointsAtAnswer(new Question("who founded it?", "What does OpenMill sell?")));
    }

    @Test
    void given_no_earlier_turn_when_read_then_nothing_points_back() {
        assertFalse(Pronouns.pointsAtAnswer(new Question("when was that announced?")));
    }

    @Test
    void a_part_that_says_it_or_they_refers_back_and_one_that_names_its_subject_does_not() {
        assertTrue(Pronouns.refersBack("and when did it reopen?"));
        assertTrue(Pronouns.refersBack("what's their budget"));
        assertTrue(Pronouns.refersBack("and it's open until when?"));
        assertTrue(Pronouns.refersBack("who trained her?"));
        assertFalse(Pronouns.refersBack("and when did the ferry reopen?"));
        assertFalse(Pronouns.refersBack("did the pier pay for itself?"));
    }
}
