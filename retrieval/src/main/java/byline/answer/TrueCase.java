package byline.answer;

import byline.corpus.Article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a question typed all in lower case ("who did peggy ellerby marry") the capitals the articles write its
 * names with ("Peggy Ellerby"), so that the stages that read names by their capitals (the names a best sentence
 * must hold, the articles a question names) read a casual question as they read one typed with care. A word is
 * a name when the articles write it capitalised inside a sentence at least {@link #NAME_SHARE} of the times they
 * write it at all; the question's other words, and any question that has capitals of its own, are left alone.
 */
final class TrueCase {
    /** How much more often than in lower case a word must be written capitalised to count as a name. */
    static final double NAME_SHARE = 0.8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    /** What may stand between a word and the mark before it: spaces, a bracket, a list's mark. */
    private static final String OPENERS = " \t(['‘-+";
    /**
     * What a word starts a sentence, a line or a label after: an end of sentence, a quote, emphasis ("**Price:**"),
     * a heading's mark, a table's or a list's separator.
     */
    private static final String BOUNDARIES = ".!?:;\"“”*_#>|·•\n\r";
    private static final Pattern HAS_CAPITAL = Pattern.compile("\\p{Lu}");
    /** A possessive ending: "Harrowby's" is written for the name "Harrowby". */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

    private final Map<String, String> names;

    private TrueCase(Map<String, String> names) {
        this.names = names;
    }

    /** The names of {@code articles}' titles and bodies: each lower-case form with the form the articles write. */
    static TrueCase of(List<Article> articles) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (Article a : articles) {
            count(a.title(), counts, written);
            count(a.body(), counts, written);
        }
        Map<String, String> names = new HashMap<>();
        counts.forEach((lower, c) -> {
            String form = written.get(lower);
            // an acronym or title ("CEO", "AGM") is a word of the question, not the name it asks about
            if (c[0] > 0 && c[0] >= NAME_SHARE * (c[0] + c[1]) && !form.equals(form.toUpperCase(Locale.ROOT))) {
                names.put(lower, form);
            }
        });
        return new TrueCase(names);
    }

    private static void count(String text, Map<String, int[]> counts, Map<String, String> written) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = POSSESSIVE.matcher(m.group()).replaceFirst("");
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (capital && startsSentence(text, m.start())) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            int[] c = counts.computeIfAbsent(lower, k -> new int[2]);
            c[capital ? 0 : 1]++;
            if (capital) {
                written.putIfAbsent(lower, word);
            }
        }
    }

    /** A word that starts a sentence or a line is capitalised by position, not because it names something. */
    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && OPENERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || BOUNDARIES.indexOf(text.charAt(i)) >= 0;
    }

    /** Whether {@code question} is typed without capitals, so that {@link #apply} may change it. */
    static boolean uncased(String question) {
        return !HAS_CAPITAL.matcher(question).find();
    }

    /** {@code question} with its names capitalised, when it has no capital of its own; otherwise as it is. */
    String apply(String question) {
        if (!uncased(question)) {
            return question;
        }
        Matcher m = WORD.matcher(question);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = POSSESSIVE.matcher(m.group()).replaceFirst("");
            String name = byline.retrieval.Lexicon.isStopWord(word) ? null : names.get(word);
            String ending = m.group().substring(word.length());
            m.appendReplacement(out, Matcher.quoteReplacement(name == null ? m.group() : name + ending));
        }
        return m.appendTail(out).toString();
    }
}
