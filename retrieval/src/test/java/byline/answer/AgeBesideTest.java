package byline.answer;

import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgeBesideTest {
    private final AgeBeside ages = new AgeBeside();

    private static Ranked ranked(String docId, String text, double score) {
        Sentence s = new Sentence(docId, 0, text, Sentence.Kind.PROSE, "", 0, "");
        return new Ranked(new Candidate(s, null, new double[Features.Name.values().length]), score);
    }

    private static QuestionPart asking(String question) {
        return new QuestionPart(question, AnswerType.of(question), Map.of(), new float[] {1, 0});
    }

    private static List<Double> scores(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::score).toList();
    }

    private final List<Ranked> potterStory = List.of(
            ranked("kiln", "Ivo Dane has fired the same wood kiln in Ostley every winter since 1988.", 3.0),
            ranked("kiln", "\"Clay forgives nothing,\" said Dane, 71, who trained as a bricklayer.", 2.0),
            ranked("kiln", "His apprentice, Mara Quint, 24, will take over the kiln in March.", 1.0));

    @Test
    void given_a_sentence_with_the_asked_persons_age_beside_their_name_then_only_such_sentences_stay() {
        assertEquals(List.of(2.0), scores(ages.without(asking("How old is Ivo Dane?"), potterStory)));
        assertEquals(List.of(1.0), scores(ages.without(asking("how old is mara quint"), potterStory)));
    }

    @Test
    void given_no_age_of_the_asked_person_then_nothing_is_dropped() {
        assertEquals(List.of(3.0, 2.0, 1.0), scores(ages.without(asking("How old is Lena Ostrova?"), potterStory)));
        assertEquals(List.of(3.0, 2.0, 1.0), scores(ages.without(asking("How long has Dane fired the kiln?"),
                potterStory)));
    }

    @Test
    void given_an_age_only_in_another_article_then_nothing_is_dropped() {
        List<Ranked> ranked = List.of(ranked("kiln", "Ivo Dane has fired the same kiln since 1988.", 3.0),
                ranked("other", "Dane, 40, a plumber from Wexley, won the darts final.", 2.0));
        assertEquals(List.of(3.0, 2.0), scores(ages.without(asking("How old is Ivo Dane?"), ranked)));
    }

    @Test
    void an_age_is_read_beside_a_name_before_or_after_it_but_not_from_a_date_or_a_sum() {
        assertTrue(AgeBeside.givesAgeOf("The 19-year-old Tomas Brandt scored twice.", "how old is brandt?"));
        assertTrue(AgeBeside.givesAgeOf("Brandt, aged 19, scored twice.", "how old is tomas brandt?"));
        assertFalse(AgeBeside.givesAgeOf("At Brandt, 1,200 workers voted.", "how old is brandt?"));
        assertFalse(AgeBeside.givesAgeOf("Brandt, 19, scored twice.", "how old is the keeper?"));
        assertFalse(AgeBeside.givesAgeOf("The 19-year-old Tomas Brandt scored.", "how old is tomas?"));
    }
}
