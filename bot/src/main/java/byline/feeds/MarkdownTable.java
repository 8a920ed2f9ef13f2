package byline.feeds;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTML table as a Markdown pipe table: its first row the header, then a delimiter row, then a line per row.
 * The corpus reads such a table row by row, each row with its column names; an HTML table read cell by cell would
 * leave figures apart from what they measure.
 */
final class MarkdownTable {
    private MarkdownTable() {
    }

    /** {@code table} in Markdown; a table of one row or one column is its cells' text, one line each. */
    static String of(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<String> cells = tr.children().stream().filter(c -> c.is("th, td"))
                    .map(c -> c.text().strip().replace("|", "\\|")).toList();
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(cells);
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (rows.size() < 2 || columns < 2) {
            return String.join("\n\n", rows.stream().flatMap(List::stream).filter(c -> !c.isEmpty()).toList());
        }
        StringBuilder out = new StringBuilder(line(rows.get(0))).append('\n');
        out.append("|---".repeat(columns)).append("|\n");
        rows.subList(1, rows.size()).forEach(r -> out.append(line(r)).append('\n'));
        return out.toString().strip();
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }
}
