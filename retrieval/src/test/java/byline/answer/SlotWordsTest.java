package byline.answer;

import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotWordsTest {
    private final SlotWords roles = new SlotWords();

    private static Ranked ranked(String docId, String text, double score) {
        Sentence s = new Sentence(docId, 0, text, Sentence.Kind.PROSE, "", 0, "");
        return new Ranked(new Candidate(s, null, new double[Features.Name.values().length]), score);
    }

    private static QuestionPart asking(String question) {
        return new QuestionPart(question, AnswerType.PERSON, Map.of(), new float[] {1, 0});
    }

    private static List<Double> scores(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::score).toList();
    }

    private final List<Ranked> kilnStory = List.of(
            ranked("kiln", "Harrowby Kilns will open a second showroom in Ostley next spring.", 3.0),
            ranked("kiln", "The firm's chair, Mara Quint, said the showroom would hire twelve people.", 2.0),
            ranked("kiln", "Harrowby Kilns was founded in 1952 by the potter Ivo Dane.", 1.0));

    @Test
    void asked_who_holds_a_role_the_sentences_naming_it_are_kept_in_order() {
        assertEquals(List.of(2.0), scores(roles.without(asking("Who chairs Harrowby Kilns?"), kilnStory)));
        assertEquals(List.of(2.0), scores(roles.without(asking("whos the chair at harrowby kilns"), kilnStory)));
        assertEquals(List.of(1.0), scores(roles.without(asking("Who founded Harrowby Kilns?"), kilnStory)));
    }

    @Test
    void asked_who_holds_a_title_the_sentences_naming_that_title_are_kept() {
        List<Ranked> ranked = List.of(
                ranked("kiln", "Ostley's kilns burned 40 percent less gas last year, the council said.", 3.0),
                ranked("kiln", "The energy minister, Ada Lowe, said the kilns showed what could be done.", 2.0),
                ranked("kiln", "The union's branch secretary, Ivo Dane, welcomed the figures.", 1.0));

        assertEquals(List.of(2.0), scores(roles.without(asking("Who is Ostley's energy minister?"), ranked)));
        assertEquals(List.of(1.0), scores(roles.without(asking("who's the branch secretary of the union"), ranked)));
    }

    @Test
    void asked_which_judge_or_who_prosecuted_the_sentences_naming_that_court_role_are_kept() {
        List<Ranked> ranked = List.of(
                ranked("kiln", "Ivo Dane, 58, of Ostley, admitted stealing glazes from Harrowby Kilns.", 3.0),
                ranked("kiln", "Prosecuting, Ada Lowe said the thefts ran for six years.", 2.0),
                ranked("kiln", "Judge Mara Quint said the thefts were a breach of trust.", 1.0));

        assertEquals(List.of(1.0), scores(roles.without(asking("Which judge sentenced Dane?"), ranked)));
        assertEquals(List.of(2.0), scores(roles.without(asking("Who prosecuted the case against Dane?"), ranked)));
        assertTrue(SlotWords.asked("Who ruled Ostley in 1190?").isEmpty());
    }

    @Test
    void asked_who_directed_a_work_the_sentences_naming_its_director_are_kept() {
        List<Ranked> ranked = List.of(
                ranked("kiln", "The Harrowby Kilns play runs at the Ostley Playhouse until May.", 3.0),
                ranked("kiln", "Director Ada Lowe keeps the pace slow.", 2.0));

        assertEquals(List.of(2.0), scores(roles.without(asking("Who directed the Ostley Playhouse play?"), ranked)));
    }

    @Test
    void asked_where_something_is_based_or_someone_grew_up_the_sentences_saying_so_are_kept() {
        List<Ranked> ranked = List.of(ranked("kiln", "Harrowby Kilns sells its plates in forty countries.", 3.0),
                ranked("kiln", "The firm, based in Ostley, was set up by Ivo Dane, who grew up in Kelby.", 2.0),
                ranked("kiln", "Dane trained in Leeds.", 1.0));

        assertEquals(List.of(2.0), scores(roles.without(asking("Where is Harrowby Kilns based?"), ranked)));
        assertEquals(List.of(2.0), scores(roles.without(asking("where did Ivo Dane grow up"), ranked)));
        assertEquals(List.of(3.0, 2.0, 1.0), scores(roles.without(asking("Where does Harrowby Kilns sell?"), ranked)));
    }

    @Test
    void asked_who_came_second_or_third_the_sentences_naming_that_placing_are_kept() {
        List<Ranked> race = List.of(
                ranked("race", "Ada Kell won the Ostley 10K in 31 minutes 2 seconds, a course record.", 3.0),
                ranked("race", "Bea Lund was second, 40 seconds back, and Cora Moss third.", 2.0),
                ranked("race", "The runner-up, Bea Lund, had won in 2024.", 1.0));

        assertEquals(List.of(2.0, 1.0), scores(roles.without(asking("Who came second in the Ostley 10K?"), race)));
        assertEquals(List.of(2.0), scores(roles.without(asking("which runner finished third"), race)));
        assertEquals(List.of(3.0, 2.0, 1.0), scores(roles.without(asking("Who won the Ostley 10K?"), race)));
    }

    @Test
    void asked_a_placing_a_results_table_row_with_that_place_names_it() {
        List<Ranked> table = List.of(ranked("race", "Place: 1; Runner: Ada Kell; Time: 31:02", 3.0),
                ranked("race", "Place: 2; Runner: Bea Lund; Time: 31:42", 2.0));

        assertEquals(List.of(2.0), scores(roles.without(asking("who finished second in the 10K"), table)));
    }

    @Test
    void a_role_the_best_article_never_names_drops_nothing() {
        List<Ranked> ranked = List.of(ranked("kiln", "Harrowby Kilns will open a second showroom.", 3.0),
                ranked("mill", "Ostley Mill's chief executive, Ned Farr, cut the ribbon.", 2.0));

        assertEquals(List.of(3.0, 2.0), scores(roles.without(asking("Who runs Harrowby Kilns?"), ranked)));
    }

    @Test
    void questions_that_ask_no_role_drop_nothing() {
        assertEquals(List.of(3.0, 2.0, 1.0),
                scores(roles.without(asking("Who from the lead investor joins the board?"), kilnStory)));
        assertEquals(List.of(3.0, 2.0, 1.0), scores(roles.without(asking("Who will the showroom hire?"), kilnStory)));
        assertTrue(SlotWords.asked("What did the chair of Harrowby Kilns say?").isEmpty());
    }
}
