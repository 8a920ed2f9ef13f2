package byline.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "How old is Ana Ruiz?" is answered where news gives the age beside the name: "Ruiz, 38, said", "Ruiz, aged 38",
 * "the 38-year-old Ruiz". The ranker puts first the sentence that says most about Ruiz, which seldom gives her age,
 * and the check of the shown sentences ({@link Ages}) then declines a question the article answers. So when the best
 * candidate's article has a sentence that gives the age of someone the question names, the candidates that do not
 * are dropped, in the same order; otherwise nothing is. Names are read from the sentence, where their capitals are,
 * and looked for in the question in any case, since questions are often typed in lower case.
 */
final class AgeBeside {
    private static final String NAME = "(\\p{Lu}[\\p{L}'’-]+)";
    /** "Ruiz, 38," and "Ruiz, aged 38": the name's last word, then the age. */
    private static final Pattern NAME_THEN_AGE = Pattern.compile(NAME + ", (?:aged )?\\d{1,3}\\b(?![.,]?\\d)");
    /** "the 38-year-old Ana Ruiz": the age, then up to three more capitalised words of the name. */
    private static final Pattern AGE_THEN_NAME = Pattern.compile(
            "\\b\\d{1,3}-year-old (?:\\p{Lu}[\\p{L}'’-]+ ){0,3}?" + NAME + "\\b(?! \\p{Lu})");

    List<Ranked> without(QuestionPart part, List<Ranked> ranked) {
        if (part.type() != AnswerType.AGE || ranked.isEmpty()) {
            return ranked;
        }
        String question = part.text().toLowerCase(Locale.ROOT);
        List<Ranked> stating = ranked.stream().filter(r -> givesAgeOf(r.sentence().text(), question)).toList();
        String best = ranked.get(0).sentence().docId();
        return stating.stream().anyMatch(r -> r.sentence().docId().equals(best)) ? stating : ranked;
    }

    /** Whether {@code text} gives the age of someone {@code question} (in lower case) names. */
    static boolean givesAgeOf(String text, String question) {
        for (Pattern p : List.of(NAME_THEN_AGE, AGE_THEN_NAME)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
                if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(question).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
