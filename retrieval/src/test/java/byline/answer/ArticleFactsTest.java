package byline.answer;

import byline.corpus.Article;
import byline.corpus.Chunk;
import byline.corpus.Sentence;
import byline.retrieval.Passage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleFactsTest {
    private final Article ferry = new Article("ferry", "Island ferry fares to rise by a fifth in spring", "Harbor Post",
            "2026-03-04", "Mina Okoro", "https://harborpost.example.com/ferry",
            "KELBY, March 3 — Ferry fares to the islands will rise by a fifth from April.");
    private final Article bakery = new Article("bakery", "The bakery that outlived the mill", "", "", "", "", "");
    private final FakeSentenceIndex ferrySentences = new FakeSentenceIndex("ferry");
    private final Sentence lede = ferrySentences.add(Sentence.Kind.PROSE, 0,
            "Ferry fares to the islands will rise by a fifth from April, the operator said on Tuesday.", 1);
    private final Sentence second = ferrySentences.add(Sentence.Kind.PROSE, 0, "It is the first rise since 2019.", 1);
    private final Sentence later = ferrySentences.add(Sentence.Kind.PROSE, 1, "Islanders plan a protest on the quay.", 1);
    private final ArticleFacts facts = new ArticleFacts(Map.of("ferry", ferry, "bakery", bakery), ferrySentences);

    private static QuestionAnalysis question(String text, Set<String> named) {
        return new QuestionAnalysis(text, text, new float[] {1}, List.of(), named, Set.of());
    }

    private static Passage passageOf(String doc) {
        return passageOf(doc, "");
    }

    private static Passage passageOf(String doc, String credited) {
        Sentence s = new Sentence(doc, 0, "Some sentence of the article.", Sentence.Kind.PROSE, "", 0, credited);
        return new Passage(new Chunk(doc, 0, "", List.of(s)), 0.03, 0.5, 1, 1);
    }

    /** Both articles retrieved, {@code topDoc} first. */
    private Optional<Answer> answer(String text, Set<String> named, String topDoc) {
        String other = topDoc.equals("ferry") ? "bakery" : "ferry";
        return facts.answer(question(text, named), List.of(passageOf(topDoc), passageOf(other)), "extractive");
    }

    @Test
    void given_a_byline_then_the_author_is_the_answer_cited_to_the_article() {
        Answer a = answer("Who wrote the story about ferry fares?", Set.of(), "bakery").orElseThrow();

        assertFalse(a.abstained());
        assertEquals("Mina Okoro wrote “Island ferry fares to rise by a fifth in spring” for Harbor Post, "
                + "published March 4, 2026. [1]", a.text());
        assertEquals("ferry", a.citations().get(0).doc());
    }

    @Test
    void given_an_article_named_by_outlet_then_its_date_is_the_answer() {
        Answer a = answer("When was the Harbor Post piece published?", Set.of("ferry"), "bakery").orElseThrow();

        assertEquals("Harbor Post published “Island ferry fares to rise by a fifth in spring” on March 4, 2026. [1]",
                a.text());
    }

    @Test
    void given_a_dateline_then_where_the_story_was_filed_from_is_the_answer() {
        Answer a = answer("Which city was the Harbor Post story filed from?", Set.of("ferry"), "bakery").orElseThrow();

        assertFalse(a.abstained());
        assertEquals("“Island ferry fares to rise by a fifth in spring” was filed from Kelby for Harbor Post, "
                + "published March 4, 2026. [1]", a.text());
    }

    @Test
    void given_no_dateline_then_the_answer_abstains_and_says_why() {
        Answer a = answer("Where was the bakery story filed from?", Set.of(), "bakery").orElseThrow();

        assertTrue(a.abstained());
        assertTrue(a.text().contains("does not say where it was filed from"), a.text());
    }

    @Test
    void given_no_byline_then_the_answer_abstains_and_says_why() {
        Answer a = answer("Who wrote the piece about the old mill's bakery?", Set.of(), "ferry").orElseThrow();

        assertTrue(a.abstained());
        assertEquals("“The bakery that outlived the mill” does not say who wrote it.", a.text());
    }

    @Test
    void given_nothing_that_says_which_article_then_it_asks_back_naming_the_latest() {
        Answer a = answer("Who wrote the article?", Set.of(), "bakery").orElseThrow();

        assertTrue(a.abstained());
        assertEquals("Which article do you mean? I have 2: “Island ferry fares to rise by a fifth in spring” (Harbor "
                + "Post); “The bakery that outlived the mill”. Ask again with its outlet, its date or words of its "
                + "headline.", a.text());
    }

    @Test
    void given_no_title_that_stands_out_then_the_article_retrieval_ranks_first_is_meant() {
        Answer a = answer("Which outlet published the article about fares?", Set.of(), "ferry").orElseThrow();

        assertEquals("“Island ferry fares to rise by a fifth in spring” was published by Harbor Post on March 4, 2026. [1]",
                a.text());
    }

    @Test
    void given_a_request_for_a_summary_then_the_articles_opening_sentences_answer() {
        Passage found = new Passage(new Chunk("ferry", 1, "", List.of(later)), 0.03, 0.5, 1, 1);

        Answer a = facts.answer(question("What is the ferry story about?", Set.of()), List.of(found), "extractive")
                .orElseThrow();

        assertEquals(List.of(lede.text(), second.text()), a.sentences().stream().map(AnswerSentence::text).toList());
        assertEquals("“Island ferry fares to rise by a fifth in spring” (Harbor Post):", a.lead());
        assertEquals("ferry", a.citations().get(0).doc());
    }

    @Test
    void given_an_outlet_the_article_only_credits_then_that_outlets_story_is_not_among_the_articles() {
        Answer a = facts.answer(question("Who wrote the Island Gazette story on ferry fares?", Set.of()),
                List.of(passageOf("ferry", "Island Gazette")), "extractive").orElseThrow();

        assertTrue(a.abstained());
        assertTrue(a.text().startsWith("The articles only cite Island Gazette"), a.text());
    }

    @Test
    void given_a_follow_up_then_the_article_just_cited_is_meant() {
        QuestionAnalysis followUp = new QuestionAnalysis("who wrote that?", "who wrote that?", new float[] {1}, List.of(),
                Set.of(), Set.of(), true, Set.of("bakery"));

        Answer a = facts.answer(followUp, List.of(passageOf("ferry")), "extractive").orElseThrow();

        assertTrue(a.abstained());
    }
}
