package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A question's words and names keep the order they were given in: features that break a tie by taking the first
 * (the rarest word, the first article named) then give the same answer on every run.
 */
class QuestionOrderTest {

    private static final List<String> WORDS = List.of("ferry", "harbour", "captain", "pier", "tide", "crossing",
            "timetable", "fare", "deck", "crew", "island", "mooring", "lifeboat", "quay");

    @Test
    void a_question_part_keeps_its_words_in_the_order_given() {
        // given weights written in the question's order, every one equal
        Map<String, Double> weights = new LinkedHashMap<>();
        WORDS.forEach(w -> weights.put(w, 2.5));

        // when a part holds them
        QuestionPart part = new QuestionPart("ferry harbour …", AnswerType.OUTLET, weights, new float[0]);

        // then it gives them back in that order
        assertEquals(WORDS, new ArrayList<>(part.weights().keySet()));
    }

    @Test
    void a_question_keeps_the_articles_and_outlets_it_names_in_the_order_given() {
        // given names in the order the question wrote them
        Set<String> names = new LinkedHashSet<>(WORDS);

        // when the analysis holds them
        QuestionAnalysis q = new QuestionAnalysis("q", "q", new float[0], List.of(), names, names);

        // then both come back in that order
        assertEquals(WORDS, new ArrayList<>(q.named()));
        assertEquals(WORDS, new ArrayList<>(q.outlets()));
    }
}
