package byline.answer;

import byline.corpus.Chunk;
import byline.corpus.Sentence;
import byline.retrieval.Passage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeaturesTest {
    private final FakeSentenceIndex index = new FakeSentenceIndex("ferry");
    private final Sentence dated = index.add(Sentence.Kind.PROSE, 0, "The ferry service to Inchcolm started in 1887.", 1, 0);
    private final Sentence undated = index.add(Sentence.Kind.PROSE, 0, "The ferry is painted blue and white.", 0, 1);
    private final Sentence listed = index.add(Sentence.Kind.LIST_ITEM, 1, "Inchcolm ferry tickets", 1, 1);

    private List<Candidate> candidates(String question, AnswerType type, float... vector) {
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        index.lexicon().terms(question).forEach(t -> weights.put(t, t.equals("inchcolm") ? 3.0 : 1.0));
        QuestionPart part = new QuestionPart(question, type, weights, byline.retrieval.Vectors.mean(List.of(vector)));
        Passage first = new Passage(new Chunk("ferry", 0, "", List.of(dated, undated)), 0.03, 0.5, 1, 1);
        Passage second = new Passage(new Chunk("ferry", 1, "", List.of(listed)), 0.02, 0.4, 2, 0);
        return new Features(index, Map.of()).candidates(part, List.of(first, second));
    }

    @Test
    void word_coverage_is_weighted_by_rarity_and_meaning_is_the_cosine() {
        List<Candidate> c = candidates("When did the Inchcolm ferry start?", AnswerType.DATE, 1, 0);

        // weights: inchcolm 3, ferri 1, start 1 → the first sentence holds all 5, the second only "ferri"
        assertEquals(1.0, c.get(0).feature(Features.Name.LEXICAL), 1e-9);
        assertEquals(0.2, c.get(1).feature(Features.Name.LEXICAL), 1e-9);
        assertEquals(-0.8, c.get(1).feature(Features.Name.LEXICAL_GAP), 1e-9);
        assertEquals(1.0, c.get(0).feature(Features.Name.DENSE), 1e-6);
        assertEquals(0.0, c.get(1).feature(Features.Name.DENSE), 1e-6);
        assertEquals(1.0, c.get(0).feature(Features.Name.RAREST), 0);
        assertEquals(0.0, c.get(1).feature(Features.Name.RAREST), 0);
    }

    @Test
    void the_kind_of_answer_asked_for_is_a_feature_not_a_veto() {
        List<Candidate> c = candidates("When did the Inchcolm ferry start?", AnswerType.DATE, 1, 0);

        assertEquals(3, c.size(), "every candidate is kept");
        assertEquals(1.0, c.get(0).feature(Features.Name.TYPE_FITS), 0);
        assertEquals(0.0, c.get(1).feature(Features.Name.TYPE_FITS), 0);
        assertEquals(1.0, c.get(1).feature(Features.Name.TYPED), 0);
    }

    @Test
    void retrieval_rank_and_shape_are_features_too() {
        List<Candidate> c = candidates("Who sells Inchcolm tickets?", AnswerType.PERSON, 1, 0);

        assertEquals(1.0, c.get(0).feature(Features.Name.PASSAGE_RANK), 1e-9);
        assertEquals(0.5, c.get(2).feature(Features.Name.PASSAGE_RANK), 1e-9);
        assertEquals(1.0, c.get(2).feature(Features.Name.NOT_PROSE), 0);
        assertEquals(0.0, c.get(0).feature(Features.Name.NOT_PROSE), 0);
    }

    @Test
    void how_much_of_the_question_stands_beside_the_value_asked_for_is_a_feature() {
        List<Candidate> c = candidates("When did the Inchcolm ferry start?", AnswerType.DATE, 1, 0);

        // "1887" stands right after "ferry service to Inchcolm started in": the whole question is beside it
        assertEquals(1.0, c.get(0).feature(Features.Name.NEAR), 1e-9);
        assertEquals(0.0, c.get(1).feature(Features.Name.NEAR), 0, "no date, nothing beside one");
    }

    @Test
    void a_list_items_context_holds_the_sentence_that_introduces_its_list() {
        FakeSentenceIndex pier = new FakeSentenceIndex("pier");
        pier.add(Sentence.Kind.PROSE, 0, "Questions about the pier tolls go to the harbour office:", 1, 0);
        Sentence introduced = pier.add(Sentence.Kind.LIST_ITEM, 1, "Weekdays: Ada Lowe", 0, 1);
        pier.add(Sentence.Kind.PROSE, 2, "The pier reopened in May.", 1, 0);
        Sentence plain = pier.add(Sentence.Kind.LIST_ITEM, 3, "Weekends: Sam Reed", 0, 1);
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        pier.lexicon().terms("Who answers questions about tolls?").forEach(t -> weights.put(t, 1.0));
        QuestionPart part = new QuestionPart("Who answers questions about tolls?", AnswerType.PERSON, weights,
                new float[] {1, 0});
        Passage passage = new Passage(new Chunk("pier", 0, "", List.of(introduced, plain)), 0.03, 0.5, 1, 1);

        List<Candidate> c = new Features(pier, Map.of()).candidates(part, List.of(passage));

        assertEquals(0.0, c.get(0).feature(Features.Name.LEXICAL), 1e-9);
        org.junit.jupiter.api.Assertions.assertTrue(c.get(0).feature(Features.Name.CONTEXT) > 0.5,
                "introduced: " + c.get(0).feature(Features.Name.CONTEXT));
        assertEquals(0.0, c.get(1).feature(Features.Name.CONTEXT), 1e-9);
    }

    @Test
    void a_sentences_context_holds_its_articles_outlet() {
        // given a marina's own notice, whose sentences need not repeat the marina's name
        FakeSentenceIndex notice = new FakeSentenceIndex("berths");
        Sentence fee = notice.add(Sentence.Kind.PROSE, 0, "A visiting berth costs £32 a night.", 1, 0);
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        notice.lexicon().terms("What does a berth at Calder Marina cost?").forEach(t -> weights.put(t, 1.0));
        QuestionPart part = new QuestionPart("What does a berth at Calder Marina cost?", AnswerType.AMOUNT, weights,
                new float[] {1, 0});
        Passage passage = new Passage(new Chunk("berths", 0, "", List.of(fee)), 0.03, 0.5, 1, 1);
        byline.corpus.Article article = new byline.corpus.Article("berths", "Visiting berths", "Calder Marina",
                "2026-04-01", "", "", "A visiting berth costs £32 a night.");

        // when its features are read with and without the article's outlet
        double withOutlet = new Features(notice, Map.of("berths", article)).candidates(part, List.of(passage)).get(0)
                .feature(Features.Name.CONTEXT);
        double without = new Features(notice, Map.of()).candidates(part, List.of(passage)).get(0).feature(Features.Name.CONTEXT);

        // then the marina's name counts as around the sentence: berth, cost, calder, marina of the four words
        assertEquals(0.5, without, 1e-9);
        assertEquals(1.0, withOutlet, 1e-9);
    }
}
