package byline.corpus;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineClassifierTest {
    private final LineClassifier lines = new LineClassifier("Harbour festival returns");

    @Test
    void site_chrome_around_a_story_is_skipped() {
        assertEquals(LineKind.SKIP, lines.classify("Read more: Ferry timetable changes this winter"));
        assertEquals(LineKind.SKIP, lines.classify("Related articles"));
        assertEquals(LineKind.SKIP, lines.classify("Advertisement"));
        assertEquals(LineKind.SKIP, lines.classify("Sign up for our morning newsletter."));
    }

    @Test
    void the_title_repeated_in_the_body_is_skipped() {
        assertEquals(LineKind.SKIP, lines.classify("Harbour Festival Returns"));
    }

    @Test
    void prose_that_merely_starts_like_chrome_is_kept_when_the_word_differs() {
        assertEquals(LineKind.TEXT, lines.classify("Relatedly, the council voted to extend the pier by 40 metres."));
        assertEquals(LineKind.TEXT, lines.classify("Readers wrote in to say the crossing was calm all morning."));
    }

    @Test
    void lists_sources_and_headings_are_told_apart() {
        assertEquals(LineKind.LIST, lines.classify("- The pier reopened on Friday."));
        assertEquals(LineKind.SOURCE, lines.classify("Source: Valley Times"));
        assertEquals(LineKind.HEADING, lines.classify("## What happens next"));
        assertEquals(LineKind.HEADING, lines.classify("What happens next"));
    }

    @Test
    void a_short_label_and_value_line_is_a_fact_but_a_headline_with_a_colon_stays_a_heading() {
        assertEquals(LineKind.TEXT, lines.classify("Rating: three stars out of five"));
        assertEquals(LineKind.TEXT, lines.classify("Full-time: 2-0"));
        assertEquals(LineKind.TEXT, lines.classify("Entry: £12 for adults"));
        assertEquals(LineKind.TEXT, lines.classify("Referee: Ana Ruiz"));
        assertEquals(LineKind.TEXT, lines.classify("Venue: Brackley Park"));
        assertEquals(LineKind.HEADING, lines.classify("Ferry Returns: A Summer of Late Crossings"));
    }

    @Test
    void a_line_wholly_in_italics_is_a_fact_not_a_heading() {
        assertEquals(LineKind.TEXT, lines.classify("*Ana Ruiz, Secretary, Pier Trust*"));
        assertEquals(LineKind.TEXT, lines.classify("_League One, Saturday 2 May, Brackley Park_"));
        assertEquals(LineKind.HEADING, lines.classify("**What happens next**"));
        assertEquals(LineKind.HEADING, lines.classify("What happens next"));
    }

    @Test
    void given_a_line_that_opens_with_a_dash_and_a_name_then_it_is_a_sign_off_not_a_heading() {
        assertEquals(LineKind.TEXT, lines.classify("— Ana Ruiz, chair"));
        assertEquals(LineKind.TEXT, lines.classify("– Pier Trust committee"));
        assertEquals(LineKind.HEADING, lines.classify("Ana Ruiz, chair"));
    }
}
