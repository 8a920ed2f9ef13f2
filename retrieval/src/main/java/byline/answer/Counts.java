package byline.answer;

import byline.retrieval.Lexicon;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence holds the amount a "how many …" or "how much …" question asks for: a count of the
 * thing asked about ("30-person" for "how many people"), or a sum of money for "how much".
 */
final class Counts {
    private static final Pattern HOW_MANY = Pattern.compile("(?i)\\bhow many\\s+([\\p{L}'’-]+)");
    private static final Pattern HOW_MUCH = Pattern.compile("(?i)\\bhow much\\b");
    private static final Pattern MONEY = Pattern.compile(
            "[$€£¥]\\s?\\d|\\b\\d[\\d.,]*\\s?(?:%|percent|bn|billion|million|thousand|trillion|[BMK]\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final String NUMBER = "(?:\\d[\\d.,]*[KMB]?\\+?|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|dozens?|hundreds?|thousands?|millions?)";
    private static final Pattern COUNT = Pattern.compile(
            "(?i)\\b" + NUMBER + "[\\s-]+([\\p{L}'’]+)(?:[\\s-]+([\\p{L}'’]+))?");
    /** "people" is the one plural whose stem is not its singular's. */
    private static final Set<String> PEOPLE = Set.of("peopl", "person", "employe", "staff", "worker", "member");

    private final Lexicon lexicon;

    Counts(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether {@code sentence} answers the amount {@code question} asks for. */
    boolean fits(String question, String sentence) {
        if (Constraints.newNumbers(question, sentence).isEmpty()) {
            return false;
        }
        Matcher many = HOW_MANY.matcher(question);
        if (many.find()) {
            return countsOf(stem(many.group(1)), sentence);
        }
        return !HOW_MUCH.matcher(question).find() || MONEY.matcher(sentence).find();
    }

    /** A number followed, within two words, by the counted noun ("four outlets", "30-person startup"). */
    private boolean countsOf(String noun, String sentence) {
        Matcher m = COUNT.matcher(sentence);
        while (m.find()) {
            for (int g = 1; g <= 2; g++) {
                String word = m.group(g);
                if (word != null && (stem(word).equals(noun) || PEOPLE.contains(stem(word)) && PEOPLE.contains(noun))) {
                    return true;
                }
            }
        }
        return false;
    }

    private String stem(String word) {
        return lexicon.terms(word).stream().findFirst().orElse(word.toLowerCase(Locale.ROOT));
    }
}
