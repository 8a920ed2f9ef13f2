package byline.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipeTablesTest {
    private static final String ARTICLE = """
            ---
            title: "Ferry operator reports a busier summer"
            outlet: "Harbour Gazette"
            published: "2026-09-02"
            ---
            The operator carried more passengers on every route this summer, its annual figures show.

            ## Passengers by route

            | Route | Passengers | Change on last summer |
            |:------|-----------:|:---:|
            | Northpoint to Kelby | 412,000 | up 6% |
            | Kelby to Ossery | 98,500 | |
            | Night crossing \\| freight | 12,300 | down 2% |

            The night crossing will run twice a week from October, the operator said.
            """;

    @TempDir
    Path dir;

    private List<Sentence> parse() throws IOException {
        return WrittenArticle.sentences(dir, ARTICLE);
    }

    @Test
    void each_row_of_a_markdown_table_becomes_one_sentence_that_names_its_columns() throws IOException {
        List<Sentence> sentences = parse();

        Sentence row = sentences.stream().filter(s -> s.text().startsWith("Route: Northpoint")).findFirst().orElseThrow();
        assertEquals("Route: Northpoint to Kelby; Passengers: 412,000; Change on last summer: up 6%", row.text());
        assertEquals(Sentence.Kind.TABLE_ROW, row.kind());
        assertTrue(sentences.stream().anyMatch(s -> s.text().equals("Route: Kelby to Ossery; Passengers: 98,500")),
                "an empty cell is left out");
        assertTrue(sentences.stream().anyMatch(s -> s.text().startsWith("Route: Night crossing | freight;")),
                "an escaped pipe stays in its cell");
    }

    @Test
    void the_header_and_delimiter_rows_are_not_sentences_and_no_row_becomes_a_heading() throws IOException {
        List<Sentence> sentences = parse();

        assertFalse(sentences.stream().anyMatch(s -> s.text().contains("|---") || s.text().startsWith("| Route")));
        Sentence after = sentences.stream().filter(s -> s.text().startsWith("The night crossing")).findFirst()
                .orElseThrow();
        assertEquals("Ferry operator reports a busier summer — Passengers by route", after.heading());
        assertEquals(Sentence.Kind.PROSE, after.kind());
    }

    @Test
    void a_delimiter_row_is_dashes_between_pipes_with_optional_alignment_colons() {
        assertTrue(PipeTables.isRule("|---|---|"));
        assertTrue(PipeTables.isRule("| :--- | ---: | :-: |"));
        assertTrue(PipeTables.isRule("--- | ---"));
        assertFalse(PipeTables.isRule("| a | b |"));
        assertFalse(PipeTables.isRule("The vote was 7 - 4 | passed"));
    }

    @Test
    void a_line_of_dashes_under_prose_is_not_a_table() {
        List<String> lines = List.of("Results were mixed | for some", "---", "Next paragraph.");
        List<LineKind> kinds = new java.util.ArrayList<>(List.of(LineKind.TEXT, LineKind.HEADING, LineKind.TEXT));

        PipeTables.mark(lines, kinds);

        assertEquals(List.of(LineKind.TEXT, LineKind.HEADING, LineKind.TEXT), kinds);
    }
}
