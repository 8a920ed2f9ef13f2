package byline.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Counts the words of a whole corpus, so flattened table cells can be told apart from CamelCase names. */
final class Vocabulary {
    private static final Pattern SPACE = Pattern.compile("[\\s/]+");
    private final Map<String, Integer> counts = new HashMap<>();

    Vocabulary(List<Article> articles) {
        for (Article a : articles) {
            for (String token : SPACE.split(a.title() + " " + a.body())) {
                String key = key(token);
                if (!key.isEmpty()) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
    }

    /** Whether {@code word} stands alone in the corpus at least {@code minCount} times. */
    boolean known(String word, int minCount) {
        String key = key(word);
        return !key.isEmpty() && (isNumeric(key) || counts.getOrDefault(key, 0) >= minCount);
    }

    static String key(String token) {
        int b = 0;
        int e = token.length();
        while (b < e && !Character.isLetterOrDigit(token.charAt(b))) {
            b++;
        }
        while (e > b && !Character.isLetterOrDigit(token.charAt(e - 1))) {
            e--;
        }
        String core = token.substring(b, e).toLowerCase(Locale.ROOT);
        return core.endsWith("'s") || core.endsWith("’s") ? core.substring(0, core.length() - 2) : core;
    }

    private static boolean isNumeric(String key) {
        return key.matches("\\d[\\d.,]*(?:[–-]\\d*)?");
    }
}
