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
    void the_articles_own_outlet_is_never_a_credit() {
        assertEquals("", credits.credited("Harbor Post reported the fire first.", "Harbor Post"));
    }

    @Test
    void when_two_outlets_are_credited_the_first_wins() {
        assertEquals("Axios", credits.credited("According to Axios, which cited Reuters, talks stalled.", ""));
    }
}
