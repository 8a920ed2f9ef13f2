package byline.retrieval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AbbreviationsTest {
    private final Lexicon lexicon = new Lexicon();

    @Test
    void aShortJobTitleInAQuestionMeetsTheLongFormInASentence() {
        // given a casual question and a sentence that spells the title out
        var question = lexicon.terms("who's the cto at brightwell");
        var sentence = lexicon.terms("Okonjo is Brightwell's chief technology officer.");

        // then the sentence holds every term of the question
        assertTrue(sentence.containsAll(question), () -> sentence + " lacks some of " + question);
    }

    @Test
    void aLongFormInAQuestionMeetsTheShortFormInASentence() {
        // given
        var question = lexicon.terms("Who is the chief executive of the bakery chain?");
        var sentence = lexicon.terms("The bakery chain's CEO, Ana Lindqvist, said sales rose.");

        // then the title's words are shared both ways
        assertTrue(sentence.containsAll(lexicon.terms("chief executive")));
        assertTrue(question.contains("ceo"));
    }

    @Test
    void pluralsPossessivesAndCaseStillReadAsTheAbbreviation() {
        assertTrue(lexicon.terms("Two VPs left the firm").contains("presid"));
        assertTrue(lexicon.terms("the IPO's timing").contains("offer"));
        assertTrue(lexicon.terms("its first ipo").contains("public"));
    }

    @Test
    void lettersInsideAnotherWordAreNotAnAbbreviation() {
        // given words that merely contain the letters of a short form
        String text = "Ceolin sailed to Vpoint; Aisha's budget rose at Saipan.";

        // when / then nothing is added
        assertEquals(text, Abbreviations.withOtherForms(text));
    }

    @Test
    void eachOtherFormIsAddedOnceWhateverHowOftenItAppears() {
        String out = Abbreviations.withOtherForms("The CEO met the new ceo; the chief financial officer stayed.");

        assertEquals("The CEO met the new ceo; the chief financial officer stayed. chief executive CFO", out);
    }

    @Test
    void aTextWithoutAbbreviationsIsUnchanged() {
        String text = "The council voted to close the library on Sundays.";

        assertEquals(text, Abbreviations.withOtherForms(text));
        assertFalse(lexicon.terms(text).contains("ceo"));
    }
}
