package byline.corpus;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleDatelineTest {
    private static Article withBody(String body) {
        return new Article("a", "Ferry fares rise", "Harbor Post", "2026-03-04", "", "", body);
    }

    @Test
    void the_capitals_before_the_dash_of_the_opening_paragraph_are_the_dateline() {
        assertEquals("Kelby", withBody("KELBY — Fares will rise.").dateline());
        assertEquals("Port Ennis", withBody("PORT ENNIS, Tuesday, March 3 — Fares will rise.").dateline());
        assertEquals("Oslo", withBody("OSLO (Harbor Wire) – Fares will rise.").dateline());
    }

    @Test
    void a_headline_and_standfirst_may_come_before_it() {
        assertEquals("Kelby", withBody("# Ferry fares rise\n\nThe operator blames fuel.\n\nKELBY — Fares will rise.")
                .dateline());
    }

    @Test
    void an_article_without_one_has_none() {
        assertEquals("", withBody("Ferry fares will rise — the operator says fuel costs more.").dateline());
        assertEquals("", withBody("The EU — not the council — sets the rules.").dateline());
        assertEquals("", withBody("").dateline());
    }
}
