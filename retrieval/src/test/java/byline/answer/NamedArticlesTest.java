package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamedArticlesTest {
    private final NamedArticles named = new NamedArticles(Map.of(
            "kiln", article("kiln", "Harrowby Kilns appoints a new chief",
                    "Harrowby Kilns said Mara Quint will lead the pottery maker from June."),
            "mill", article("mill", "Ostley Mill reopens", "The mill's chief executive, Ned Farr, cut the ribbon."),
            "both", article("both", "Potters and millers meet",
                    "Harrowby Kilns and Ostley Mill shared a stand at the fair.")));

    private static Article article(String id, String title, String body) {
        return new Article(id, title, "Valley Times", "2025-04-01", "", "", body);
    }

    private static Ranked ranked(String docId, String text, double score) {
        Sentence s = new Sentence(docId, 0, text, Sentence.Kind.PROSE, "", 0, "");
        return new Ranked(new Candidate(s, null, new double[Features.Name.values().length]), score);
    }

    private static QuestionPart asking(String question) {
        return new QuestionPart(question, AnswerType.PERSON, Map.of(), new float[] {1, 0});
    }

    @Test
    void candidates_from_an_article_that_never_mentions_the_named_company_are_dropped() {
        List<Ranked> ranked = List.of(ranked("mill", "The mill's chief executive, Ned Farr, cut the ribbon.", 3.0),
                ranked("kiln", "Harrowby Kilns said Mara Quint will lead the pottery maker from June.", 2.0));

        List<Ranked> kept = named.without(asking("Who is the chief executive of Harrowby Kilns?"), ranked);

        assertEquals(List.of("kiln"), kept.stream().map(r -> r.sentence().docId()).toList());
    }

    @Test
    void an_article_that_mentions_more_of_the_names_is_preferred_in_the_same_order() {
        List<Ranked> ranked = List.of(ranked("kiln", "Harrowby Kilns said Mara Quint will lead it.", 3.0),
                ranked("both", "Harrowby Kilns and Ostley Mill shared a stand at the fair.", 2.0),
                ranked("both", "The stand drew a crowd.", 1.0));

        List<Ranked> kept = named.without(asking("Where did Harrowby Kilns meet Ostley Mill?"), ranked);

        assertEquals(List.of(2.0, 1.0), kept.stream().map(Ranked::score).toList());
    }

    @Test
    void a_name_no_article_mentions_drops_nothing() {
        List<Ranked> ranked = List.of(ranked("mill", "The mill's chief executive, Ned Farr, cut the ribbon.", 3.0),
                ranked("kiln", "Harrowby Kilns said Mara Quint will lead the pottery maker from June.", 2.0));

        List<Ranked> kept = named.without(asking("Who is the CEO of Brambleford Glass?"), ranked);

        assertEquals(2, kept.size());
    }

    @Test
    void months_days_and_figures_in_the_question_are_not_names() {
        List<Ranked> ranked = List.of(ranked("mill", "The mill's chief executive, Ned Farr, cut the ribbon.", 3.0),
                ranked("kiln", "Harrowby Kilns said Mara Quint will lead the pottery maker from June.", 2.0));

        List<Ranked> kept = named.without(asking("Who cut the ribbon on Tuesday in May 2025?"), ranked);

        assertEquals(2, kept.size());
    }

    @Test
    void given_a_name_only_the_outlet_of_an_article_gives_then_that_article_mentions_it() {
        NamedArticles withOutlets = new NamedArticles(Map.of(
                "report", new Article("report", "Season review", "Ostley Rowing Club", "2025-04-01", "", "",
                        "Our first eight won the spring head race."),
                "fair", article("fair", "Town fair", "Ostley Rowing Club runs the tea tent at the fair.")));
        List<Ranked> ranked = List.of(ranked("fair", "Ostley Rowing Club runs the tea tent at the fair.", 3.0),
                ranked("report", "Our first eight won the spring head race.", 2.0));

        List<Ranked> kept = withOutlets.without(asking("Which race did Ostley Rowing Club win?"), ranked);

        assertEquals(List.of("fair", "report"), kept.stream().map(r -> r.sentence().docId()).toList());
    }
}
