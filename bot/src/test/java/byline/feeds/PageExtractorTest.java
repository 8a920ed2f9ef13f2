package byline.feeds;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageExtractorTest {
    private static final String TABLE = "</p><table><thead><tr><th>Route</th><th>Passengers</th></tr></thead>"
            + "<tbody><tr><td>Northpoint to Kelby</td><td><p>412,000</p></td></tr>"
            + "<tr><td>Kelby | Ossery</td><td>98,500</td></tr></tbody></table><p>";

    @Test
    void given_a_page_with_a_table_when_extracted_then_the_table_is_a_markdown_table_row_by_row() {
        String html = Pages.article("Harbour Gazette", "Ferry operator reports a busier summer", "Ana Ruiz",
                "The operator carried more passengers on every route this summer, its annual figures show, and it "
                        + "expects to add a night crossing in the autumn if demand holds." + TABLE,
                "The night crossing will run twice a week from October, the operator said on Tuesday.");

        String text = new PageExtractor().extract(URI.create("http://127.0.0.1/ferry"),
                html.getBytes(StandardCharsets.UTF_8)).text();

        assertTrue(text.contains("| Route | Passengers |\n|---|---|\n| Northpoint to Kelby | 412,000 |\n"
                + "| Kelby \\| Ossery | 98,500 |"), text);
        assertFalse(text.contains("\n\n412,000"), "a cell's paragraph is read with its table, not again alone");
        assertTrue(text.contains("The night crossing will run twice a week"), text);
    }
}
