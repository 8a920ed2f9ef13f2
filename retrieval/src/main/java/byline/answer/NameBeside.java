package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence names someone the question lacks right beside a word: news names a role's holder or a piece's
 * writer next to the word ("chief executive Ana Ruiz", "an essay by Ivo Dane"). Read by {@link HolderNamed},
 * {@link HolderStated}, {@link AuthorNamed} and {@link ThingNamed}.
 */
final class NameBeside {
    /** How far from the word the name may stand: "its chief economist, Dr Ana Ruiz-Okafor, said". */
    static final int NEAR = 60;

    /**
     * A reporting verb between the name and the word: the name is who spoke, not who the word stands for ("Voltaro
     * said a supplier had changed…").
     */
    private static final Pattern SPEAKER_BETWEEN = Pattern.compile(
            "\\b(?:said|says|told|tells|added|adds|wrote|writes|announced|announces)\\b");

    private NameBeside() {
    }

    /** Whether {@code s} has a name {@code question} lacks within {@link #NEAR} characters of an accepted {@code word}. */
    static boolean in(Sentence s, String question, Pattern word, Predicate<String> accepted) {
        List<int[]> names = AnswerType.PERSON.valueSpans(s, question);
        Matcher m = word.matcher(s.text());
        while (m.find()) {
            int from = m.start() - NEAR;
            int to = m.end() + NEAR;
            int start = m.start();
            int end = m.end();
            if (accepted.test(m.group()) && names.stream().anyMatch(n -> n[1] > from && n[0] < to
                    && !SPEAKER_BETWEEN.matcher(between(s.text(), n, start, end)).find())) {
                return true;
            }
        }
        return false;
    }

    /** The text between a name's span and the word's, whichever comes first. */
    private static String between(String text, int[] name, int start, int end) {
        return name[1] <= start ? text.substring(name[1], start) : name[0] >= end ? text.substring(end, name[0]) : "";
    }
}
