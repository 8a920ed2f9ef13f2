package byline.answer;

import byline.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleReferencesTest {
    private final ArticleReferences refs = new ArticleReferences(List.of(
            new Article("b2", "T", "TRADE 3.0", "2026-05-29", "", "", "body"),
            new Article("ia", "T", "LensPoint", "", "", "", "body"),
            new Article("rm", "T", "", "2026-05-22", "", "", "body"),
            new Article("none", "T", "", "", "", "", "body")));

    @Test
    void finds_articles_named_by_outlet_or_publication_date() {
        assertEquals(Set.of("ia"), refs.in("According to LensPoint, what is the robot good at?"));
        assertEquals(Set.of("b2"), refs.in("What does TRADE 3.0's table list?"));
        assertEquals(Set.of("rm"), refs.in("Which bridge does the May 22 column describe?"));
        assertEquals(Set.of("b2"), refs.in("How does the 29 May analysis end?"));
    }

    @Test
    void tells_which_outlet_names_a_question_mentions() {
        assertEquals(Set.of("TRADE 3.0"), refs.namesIn("How long a list does TRADE 3.0 print?"));
        assertEquals(Set.of(), refs.namesIn("Which bridge does the May 22 column describe?"));
    }

    @Test
    void names_nothing_when_no_outlet_or_date_matches() {
        assertEquals(Set.of(), refs.in("What did the mayor say on May 2?"));
        assertEquals(Set.of(), refs.in("What are lenspoints?"));
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

    @Test
    void drops_the_words_that_name_an_article_but_keeps_the_question() {
        assertEquals("Which bridge does the describe?", refs.withoutReferences("Which bridge does the May 22 column describe?"));
        assertEquals("According to , what is the robot good at?",
                refs.withoutReferences("According to LensPoint, what is the robot good at?"));
        assertEquals("Which report did the mayor read?", refs.withoutReferences("Which report did the mayor read?"));
    }
}
