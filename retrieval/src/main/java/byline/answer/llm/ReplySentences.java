package byline.answer.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reply into sentences, each keeping the markers written right after it ({@code "… in May. [1] Next"}
 * gives {@code "… in May. [1]"}), without splitting at abbreviations like "U.S." or "Mr.".
 */
final class ReplySentences {
    private static final Pattern BOUNDARY = Pattern.compile(
            "[.!?][\"”’')]*((?:\\s*\\[\\s*\\d+(?:\\s*,\\s*\\d+)*\\s*])*)\\s+(?=[\\p{Lu}\\d\"“‘(\\[])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:^|[\\s(])(?:\\p{L}|U\\.S|U\\.K|Mr|Mrs|Ms|Dr|Prof|Inc|Corp|Co|Ltd|Jr|Sr|St|vs|e\\.g|i\\.e|No)$");

    private ReplySentences() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            splitLine(line.strip(), out);
        }
        return out;
    }

    private static void splitLine(String line, List<String> out) {
        Matcher m = BOUNDARY.matcher(line);
        int start = 0;
        while (m.find()) {
            if (!ABBREVIATION.matcher(line.substring(start, m.start())).find()) {
                add(out, line.substring(start, m.end()));
                start = m.end();
            }
        }
        add(out, line.substring(start));
    }

    private static void add(List<String> out, String sentence) {
        if (!sentence.isBlank()) {
            out.add(sentence.strip());
        }
    }
}
