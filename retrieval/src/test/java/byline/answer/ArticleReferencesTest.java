package byline.answer;

import byline.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleReferencesTest {
    private final ArticleReferences refs = new ArticleReferences(List.of(
            new Article("b2", "T", "BUSINESS 2.0", "2026-05-29", "", "", "body"),
            new Article("ia", "T", "InsightArea", "", "", "", "body"),
            new Article("rm", "T", "", "2026-05-22", "", "", "body"),
            new Article("none", "T", "", "", "", "", "body")));

    @Test
    void finds_articles_named_by_outlet_or_publication_date() {
        assertEquals(Set.of("ia"), refs.in("According to InsightArea, what is Claude good at?"));
        assertEquals(Set.of("b2"), refs.in("What does BUSINESS 2.0's table list?"));
        assertEquals(Set.of("rm"), refs.in("What does the May 22 piece say?"));
        assertEquals(Set.of("b2"), refs.in("How does the 29 May analysis sum it up?"));
    }

    @Test
    void tells_which_outlet_names_a_question_mentions() {
        assertEquals(Set.of("BUSINESS 2.0"), refs.namesIn("Over what window does BUSINESS 2.0 set its list?"));
        assertEquals(Set.of(), refs.namesIn("What does the May 22 piece say?"));
    }

    @Test
    void names_nothing_when_no_outlet_or_date_matches() {
        assertEquals(Set.of(), refs.in("What did Karpathy say on May 2?"));
        assertEquals(Set.of(), refs.in("What is insightareas?"));
    }

    @Test
    void names_every_article_sharing_the_outlet_or_date_in_corpus_order() {
        ArticleReferences shared = new ArticleReferences(List.of(
                new Article("a", "T", "Harbor Post", "2025-03-14", "", "", "body"),
                new Article("b", "T", "Valley Times", "2026-03-14", "", "", "body"),
                new Article("c", "T", "Harbor Post", "2026-07-01", "", "", "body")));

        assertEquals(List.of("a", "c"), List.copyOf(shared.in("What did the harbor post report?")));
        assertEquals(List.of("a", "b"), List.copyOf(shared.in("What happened on March 14?")));
        assertEquals(List.of("a", "b", "c"), List.copyOf(shared.in("Harbor Post on 14 March?")));
    }
}
