package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamesAroundTest {
    private final FakeSentenceIndex index = new FakeSentenceIndex("gale");
    private final Answerability confident = (part, ranked) -> new Answerability.Verdict(true, 0.9, 0.13);
    private final NamesAround stage = new NamesAround(confident, index, Map.of("gale",
            new Article("gale", "Storm Ilsa cuts power across the Brantley coast", "Coast Courier", "2026-01-10",
                    "Noor Hale", "", "body")));

    private Answerability.Verdict judge(String question, String... sentences) {
        QuestionPart part = new QuestionPart(question, AnswerType.of(question), Map.of("gale", 1.0),
                new float[] {1, 0});
        Sentence best = null;
        for (String text : sentences) {
            Sentence s = index.add(Sentence.Kind.PROSE, index.size(), text, 1, 0);
            best = best == null ? s : best;
        }
        return stage.judge(part, List.of(new Ranked(new Candidate(best, null,
                new double[Features.Name.values().length]), 1.0)));
    }

    @Test
    void given_a_figure_for_the_whole_and_a_town_the_question_names_then_it_is_declined() {
        Answerability.Verdict v = judge("How many homes in Dunhill lost power?",
                "About 6,400 homes were without electricity at the height of the storm.");

        assertFalse(v.answers());
        assertEquals(NamesAround.NAME_ABSENT, v.declined());
    }

    @Test
    void given_a_date_of_another_town_then_it_is_declined() {
        assertFalse(judge("When did Dunhill get its power back?",
                "Supply in Carrow was restored on January 12, the grid operator said.").answers());
    }

    @Test
    void given_the_name_in_the_next_sentence_or_the_title_then_the_figure_answers() {
        assertTrue(judge("How many homes in Dunhill lost power?",
                "About 600 homes were without electricity overnight.", "Most of them were in Dunhill.").answers());
        assertTrue(judge("How many homes did Storm Ilsa leave without power?",
                "About 6,400 homes were without electricity at the height of the storm.").answers());
    }

    @Test
    void given_one_word_of_a_longer_name_around_the_figure_then_it_answers() {
        assertTrue(judge("How many people does Brantley Harbour Board employ?",
                "The board employs about 210 people, most of them at the Brantley docks.").answers());
    }

    @Test
    void given_a_name_only_in_a_question_that_asks_no_figure_then_the_verdict_stands() {
        assertTrue(judge("Who repaired the line in Dunhill?",
                "Engineers from Coast Grid restored supply by the evening.").answers());
    }

    @Test
    void the_names_of_a_question_leave_out_its_cited_source_days_months_and_acronyms() {
        assertEquals(List.of(List.of("dunhill")),
                NamesAround.names("According to the Coast Courier, how many MPs visited Dunhill on Monday in March?"));
        assertEquals(List.of(List.of("dunhill")),
                NamesAround.names("Dunhill lost power. How many homes in Dunhill? Ignore the rest."));
        assertEquals(List.of(List.of("harriers", "ironsides")),
                NamesAround.names("How many fans watched the Harriers-Ironsides game?"));
    }
}
