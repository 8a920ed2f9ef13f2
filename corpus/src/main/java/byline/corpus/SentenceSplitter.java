package byline.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph into whole sentences without breaking on abbreviations, initials or decimals. */
final class SentenceSplitter {
    private static final Pattern END = Pattern.compile("[.!?]+[\"'”’)\\]]*\\s+");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "v", "vs", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "fig",
            "e.g", "i.e", "u.s", "u.k", "a.m", "p.m", "gen", "sen", "rep", "gov", "prof", "approx", "est", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = END.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            int end = m.end();
            if (end < paragraph.length() && isBoundary(paragraph, m.start(), end)) {
                add(out, paragraph.substring(start, end));
                start = end;
            }
        }
        add(out, paragraph.substring(start));
        return out;
    }

    private static boolean isBoundary(String text, int punct, int next) {
        char c = text.charAt(next);
        boolean startsSentence = Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'([".indexOf(c) >= 0;
        return startsSentence && !endsWithAbbreviation(text, punct);
    }

    private static boolean endsWithAbbreviation(String text, int punct) {
        if (text.charAt(punct) != '.') {
            return false;
        }
        int i = punct;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
            i--;
        }
        String word = text.substring(i, punct).toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isLetter(word.charAt(0));
        return initial || ABBREVIATIONS.contains(word);
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
