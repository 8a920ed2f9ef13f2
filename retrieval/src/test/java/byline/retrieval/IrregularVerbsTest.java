package byline.retrieval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IrregularVerbsTest {
    private final Lexicon lexicon = new Lexicon();

    @Test
    void aPastFormInTheTextMeetsTheBaseFormOfTheQuestion() {
        // given a question in the present and a sentence in the past
        var question = lexicon.terms("What did the club pay for the roller?");
        var sentence = lexicon.terms("The club paid £4,000 for a new roller.");

        // then the sentence holds every term of the question
        assertTrue(sentence.containsAll(question), () -> sentence + " lacks some of " + question);
    }

    @Test
    void everyFormOfAVerbIsOneTerm() {
        assertEquals(lexicon.terms("buy"), lexicon.terms("bought"));
        assertEquals(lexicon.terms("sell"), lexicon.terms("sold"));
        assertEquals(lexicon.terms("write"), lexicon.terms("written"));
        assertEquals(lexicon.terms("writes"), lexicon.terms("wrote"));
    }

    @Test
    void regularVerbsAndOtherWordsAreStemmedAsBefore() {
        assertEquals(lexicon.terms("opened"), lexicon.terms("opens"));
        assertEquals(java.util.Set.of("found"), lexicon.terms("founded"));
        assertEquals(java.util.Set.of("find"), lexicon.terms("found"));
    }

    @Test
    void theKeywordIndexAnalyzerWritesThePastFormAsTheBase() throws Exception {
        // given the analyzer BM25 indexes with, over a sentence in the past
        try (var ts = lexicon.analyzer().tokenStream("t", "They sold the mill")) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            var terms = new java.util.ArrayList<String>();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
            // then the index holds the base form's term, as a query for "sell" analyses it
            assertEquals(java.util.List.of("sell", "mill"), terms);
        }
    }
}
