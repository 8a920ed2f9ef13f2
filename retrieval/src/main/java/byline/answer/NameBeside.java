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

    private NameBeside() {
    }

    /** Whether {@code s} has a name {@code question} lacks within {@link #NEAR} characters of an accepted {@code word}. */
    static boolean in(Sentence s, String question, Pattern word, Predicate<String> accepted) {
        List<int[]> names = AnswerType.PERSON.valueSpans(s, question);
        Matcher m = word.matcher(s.text());
        while (m.find()) {
            int from = m.start() - NEAR;
            int to = m.end() + NEAR;
            if (accepted.test(m.group()) && names.stream().anyMatch(n -> n[1] > from && n[0] < to)) {
                return true;
            }
        }
        return false;
    }
}
