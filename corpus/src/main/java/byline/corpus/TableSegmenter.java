package byline.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Recovers the cells of a table that was flattened to text ("2015–2017OpenAIFounding research scientist").
 * A cell boundary is a glued word boundary (digit→letter, lower→Upper, ACRONYMWord, a quote after a word)
 * that does not fall inside a word the corpus uses on its own elsewhere (TechRepublic, OpenAI).
 */
final class TableSegmenter {
    private final Vocabulary vocabulary;

    TableSegmenter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Cells of {@code line}; a single cell when it holds no glued boundary.
     *
     * @param lenient also split where a piece is an unknown word (used next to lines known to be table rows)
     */
    List<String> cells(String line, boolean lenient) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (String token : line.split(" ", -1)) {
            List<String> pieces = segment(token, lenient);
            for (int i = 0; i < pieces.size(); i++) {
                if (i > 0) {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                }
                cell.append(pieces.get(i));
            }
            cell.append(' ');
        }
        cells.add(cell.toString().strip());
        cells.removeIf(String::isEmpty);
        return cells;
    }

    private List<String> segment(String token, boolean lenient) {
        List<Integer> cuts = boundaries(token);
        if (cuts.size() == 2 || vocabulary.known(token, 2)) {
            return List.of(token);
        }
        List<String> pieces = new ArrayList<>();
        int from = 0;
        boolean allKnown = true;
        while (from < cuts.size() - 1) {
            int to = longestKnown(token, cuts, from);
            allKnown &= to > 0;
            int next = to > 0 ? to : from + 1;
            pieces.add(token.substring(cuts.get(from), cuts.get(next)));
            from = next;
        }
        return allKnown || lenient ? pieces : List.of(token);
    }

    private int longestKnown(String token, List<Integer> cuts, int from) {
        // The whole glued token is in the vocabulary once, as itself; only its parts count.
        int last = from == 0 ? cuts.size() - 2 : cuts.size() - 1;
        for (int to = last; to > from; to--) {
            if (vocabulary.known(token.substring(cuts.get(from), cuts.get(to)), 1)) {
                return to;
            }
        }
        return -1;
    }

    /** Start, every glued boundary, end. */
    static List<Integer> boundaries(String t) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int i = 1; i < t.length(); i++) {
            if (isGlued(t, i)) {
                cuts.add(i);
            }
        }
        cuts.add(t.length());
        return cuts;
    }

    private static boolean isGlued(String t, int i) {
        char a = t.charAt(i - 1);
        char b = t.charAt(i);
        boolean nextLower = i + 1 < t.length() && Character.isLowerCase(t.charAt(i + 1));
        return (Character.isDigit(a) && Character.isUpperCase(b))
                || (Character.isLowerCase(a) && Character.isUpperCase(b))
                || (Character.isUpperCase(a) && Character.isUpperCase(b) && nextLower)
                || (a == ')' && Character.isUpperCase(b))
                || (a == '–' && i > 1 && Character.isDigit(t.charAt(i - 2)) && Character.isUpperCase(b))
                || (Character.isLetterOrDigit(a) && (b == '"' || b == '“'));
    }
}
