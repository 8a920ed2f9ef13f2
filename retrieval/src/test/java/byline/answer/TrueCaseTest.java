package byline.answer;

import byline.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrueCaseTest {
    private final TrueCase trueCase = TrueCase.of(List.of(new Article("kiln", "Harrowby Kilns opens a showroom",
            "Valley Times", "2025-04-01", "", "",
            """
            The showroom of Harrowby Kilns opened on Mill Road, said its founder, Ada Marsh. Marsh said the kilns \
            fire twice a week. The CEO of the firm, Ada Marsh, said a mill stood there before.
            Opening hours are long. Harrowby has a mill and a road of its own.""")));

    @Test
    void given_a_question_in_lower_case_then_the_names_the_articles_capitalise_get_their_capitals() {
        assertEquals("who is Ada Marsh", trueCase.apply("who is ada marsh"));
        assertEquals("where is Harrowby's showroom", trueCase.apply("where is harrowby's showroom"));
    }

    @Test
    void given_words_the_articles_write_in_lower_case_or_capitalise_only_to_start_a_sentence_then_they_stay() {
        assertEquals("how many mills are there and what are the opening hours",
                trueCase.apply("how many mills are there and what are the opening hours"));
        // "Mill Road" and "Harrowby Kilns", but also "a mill" and "the kilns fire": common words stay common
        assertEquals("did Harrowby kilns open on mill road", trueCase.apply("did harrowby kilns open on mill road"));
    }

    @Test
    void given_an_acronym_then_it_is_not_read_as_a_name() {
        assertEquals("who is the ceo of Harrowby", trueCase.apply("who is the ceo of harrowby"));
    }

    @Test
    void given_a_question_with_capitals_of_its_own_then_it_is_left_as_typed() {
        assertEquals("Who is ada marsh?", trueCase.apply("Who is ada marsh?"));
    }

    @Test
    void given_labels_set_in_bold_or_between_separators_then_they_are_not_names() {
        TrueCase labels = TrueCase.of(List.of(new Article("kit", "A kiln starter kit", "Harrowby Kilns", "2025-04-01",
                "", "", "**SKU:** HK-1 · **Price:** £49 · **Stock:** 3 left\n\n| Size | Weight |\n|---|---|\n"
                + "| Small | 2 kg |\n\nThe kit ships from Harrowby.")));

        assertEquals("kit price and stock at Harrowby", labels.apply("kit price and stock at harrowby"));
    }
}
