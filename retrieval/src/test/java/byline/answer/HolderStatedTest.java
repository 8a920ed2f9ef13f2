package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolderStatedTest {
    private final FakeSentenceIndex index = new FakeSentenceIndex("kiln");
    private final Answerability doubtful = (part, ranked) -> new Answerability.Verdict(false, 0.05, 0.13);
    private final HolderStated stage = new HolderStated(doubtful, new AnswerabilityFeatures(index, Map.of("kiln",
            new Article("kiln", "Harrowby Kilns opens a showroom in Ostley", "Valley Times", "2026-03-01", "", "",
                    "body"))));

    private Answerability.Verdict judge(String question, String best) {
        QuestionPart part = new QuestionPart(question, AnswerType.of(question), Map.of("kiln", 1.0), new float[] {1, 0});
        Sentence s = index.add(Sentence.Kind.PROSE, index.size(), best, 1, 0);
        return stage.judge(part, List.of(new Ranked(new Candidate(s, null,
                new double[Features.Name.values().length]), 1.0)));
    }

    @Test
    void given_a_doubted_sentence_naming_the_holder_of_the_asked_role_then_it_answers() {
        assertTrue(judge("Who is the chief executive of Harrowby Kilns?",
                "\"We have waited ten years for this room,\" said chief executive Mara Quint.").answers());
        assertTrue(judge("Who is Harrowby Kilns' CEO?",
                "The firm's chief executive, Mara Quint, cut the ribbon.").answers());
    }

    @Test
    void given_a_director_named_as_director_then_it_answers() {
        assertTrue(judge("Who is the director of Harrowby Kilns?",
                "\"We fire every piece by hand,\" said the firm's director, Mara Quint.").answers());
    }

    @Test
    void given_a_name_beside_another_role_then_the_doubt_stands() {
        assertFalse(judge("Who chairs Harrowby Kilns?",
                "Ivo Dane, who runs the bakery next door, said the showroom would bring trade.").answers());
    }

    @Test
    void given_a_holder_of_another_organisation_then_the_doubt_stands() {
        assertFalse(judge("Who is the chief executive of Corvo Mills?",
                "\"We have waited ten years for this room,\" said chief executive Mara Quint.").answers());
    }
}
