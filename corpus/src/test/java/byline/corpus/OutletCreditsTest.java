package byline.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutletCreditsTest {
    private final OutletCredits credits = new OutletCredits(List.of("Harbor Post", "Valley Times"));

    @Test
    void credits_an_outlet_named_after_an_attributing_phrase() {
        assertEquals("Reuters", credits.credited("According to Reuters, the mill will close.", ""));
        assertEquals("Financial Times", credits.credited("The deal, per the Financial Times, is done.", ""));
        assertEquals("Harbor Post", credits.credited("The mayor told Harbor Post she would resign.", ""));
    }

    @Test
    void credits_an_outlet_named_before_a_reporting_word() {
        assertEquals("Valley Times", credits.credited("Valley Times reported that the bridge reopened.", ""));
        assertEquals("CNBC", credits.credited("CNBC also said the shares fell.", ""));
        assertEquals("Bloomberg", credits.credited("A Bloomberg headline called it a rescue.", ""));
        assertEquals("Axios", credits.credited("Axios framed the vote as a rebuke.", ""));
    }

    @Test
    void an_ambiguous_name_without_attribution_credits_nobody() {
        assertEquals("", credits.credited("Fortune favours the bold, the coach said.", ""));
        assertEquals("", credits.credited("The lab is Wired for speed, engineers say.", ""));
        assertEquals("", credits.credited("He took the AP exam in 2019.", ""));
    }

    @Test
    void credits_an_outlet_nobody_listed_when_its_name_is_shaped_like_an_outlets_and_the_wording_credits_it() {
        assertEquals("Ostley Ledger",
                credits.credited("The Ostley Ledger first reported that the kiln would close.", ""));
        assertEquals("Harrowby Evening Gazette",
                credits.credited("The potters told the Harrowby Evening Gazette they would strike.", ""));
        assertEquals("Kiln FM", credits.credited("The closure was first reported on Monday by Kiln FM.", ""));
        assertEquals("Ostley Clarion",
                credits.credited("A list was first published by the student newspaper The Ostley Clarion.", ""));
        assertEquals("Ostley Ledger",
                credits.credited("The Ostley Ledger, which first reported the talks, said the price was low.", ""));
        assertEquals("The Mercury", credits.credited("The Mercury understands the club has a shortlist.", ""));
        assertEquals("Ostley Daily Record", credits.credited("The Ostley Daily Record reported the closure.", ""));
    }

    @Test
    void a_name_shaped_like_an_outlets_without_crediting_words_or_a_report_credits_nobody() {
        assertEquals("", credits.credited("The Ostley Ledger building was sold in May.", ""));
        assertEquals("", credits.credited("The Annual Report said the kiln lost money.", ""));
        assertEquals("", credits.credited("The potters read the Harrowby Gazette every week.", ""));
        assertEquals("", credits.credited("Harbor Post reported the fire first.", "Harbor Post"));
        assertEquals("", credits.credited("The Ostley Ledger reported the fire first.", "Ostley Ledger"));
    }

    @Test
    void the_articles_own_outlet_is_never_a_credit() {
        assertEquals("", credits.credited("Harbor Post reported the fire first.", "Harbor Post"));
    }

    @Test
    void when_two_outlets_are_credited_the_first_wins() {
        assertEquals("Axios", credits.credited("According to Axios, which cited Reuters, talks stalled.", ""));
    }
}
