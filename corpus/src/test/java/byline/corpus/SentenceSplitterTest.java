package byline.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splits_on_sentence_ends_but_not_on_abbreviations_initials_or_decimals() {
        List<String> s = splitter.split("It was $10.9 billion in the U.S. market. Musk v. Altman ended. "
                + "J. Smith agreed! Did it? Yes.");

        assertEquals(List.of("It was $10.9 billion in the U.S. market.", "Musk v. Altman ended.",
                "J. Smith agreed!", "Did it?", "Yes."), s);
    }

    @Test
    void keeps_closing_quotes_with_their_sentence() {
        assertEquals(List.of("He said “get back to R&D.”", "Then he left."),
                splitter.split("He said “get back to R&D.” Then he left."));
    }
}
