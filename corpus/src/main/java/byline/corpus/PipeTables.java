package byline.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown pipe tables (GitHub-flavoured Markdown): a header row, a delimiter row of dashes, then one row per line,
 * cells between pipes. Articles written in Markdown carry their figures in such tables (results by segment, prices
 * by model, votes by party), so each row must become one answerable unit that says what its cells are; read as
 * prose, a short row looks like a heading and a long one like a sentence of pipes.
 */
final class PipeTables {
    /** "|---|:--:|---:|", with or without the outer pipes: what makes the line above it a table's header. */
    private static final Pattern RULE = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    /** A cell boundary: a pipe not escaped with a backslash. */
    private static final Pattern PIPE = Pattern.compile("(?<!\\\\)\\|");

    private PipeTables() {
    }

    /** Whether {@code line} is a delimiter row. */
    static boolean isRule(String line) {
        return RULE.matcher(line).matches() && line.contains("-");
    }

    /**
     * Marks every pipe table of {@code lines} as {@link LineKind#TABLE}: the header row above a delimiter row, the
     * delimiter row, and the rows below it up to the first line without a pipe.
     */
    static void mark(List<String> lines, List<LineKind> kinds) {
        for (int i = 1; i < lines.size(); i++) {
            if (isRule(lines.get(i)) && lines.get(i).contains("|") && lines.get(i - 1).contains("|")) {
                kinds.set(i - 1, LineKind.TABLE);
                int row = i;
                while (row < lines.size() && !lines.get(row).isBlank() && lines.get(row).contains("|")) {
                    kinds.set(row, LineKind.TABLE);
                    row++;
                }
                i = row;
            }
        }
    }

    /** The cells of a row, stripped, without the empty ends that outer pipes leave; escaped pipes are kept. */
    static List<String> cells(String row) {
        String s = row.strip();
        s = s.startsWith("|") ? s.substring(1) : s;
        s = s.endsWith("|") && !s.endsWith("\\|") ? s.substring(0, s.length() - 1) : s;
        List<String> out = new ArrayList<>();
        for (String cell : PIPE.split(s, -1)) {
            out.add(cell.replace("\\|", "|").strip());
        }
        return out;
    }

    /**
     * A row as one sentence that names its columns ("Segment: Frozen; Q3 net sales: $274 million"); an empty cell is
     * left out, and a cell under an empty header stands alone.
     */
    static String labelled(List<String> header, List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (cell.isEmpty()) {
                continue;
            }
            String name = c < header.size() ? header.get(c) : "";
            out.append(out.length() == 0 ? "" : "; ").append(name.isEmpty() ? cell : name + ": " + cell);
        }
        return out.toString();
    }
}
