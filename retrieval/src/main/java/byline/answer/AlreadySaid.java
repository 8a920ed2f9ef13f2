package byline.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Never repeat what was just said": a follow-up ("when did he join?") is owed something new, so its candidates
 * lose the sentences the answer just given stated. Another sentence that says much the same stays: when the
 * follow-up's answer is in what was said ("and who leads it?" after "…joined the team under Nick Joseph"), it is
 * better said again in other words than missed. When only repeats answer, answerability judges what is left. A
 * question that is not a follow-up is answered as it would be alone, even when it repeats the earlier one.
 */
final class AlreadySaid {
    /** {@code ranked} without what the earlier answer said, for a follow-up; as it is otherwise. */
    List<Ranked> without(List<Ranked> ranked, QuestionAnalysis analysis, Question question) {
        if (!analysis.followUp() || question.earlierAnswer().isEmpty()) {
            return ranked;
        }
        Set<String> said = new HashSet<>();
        question.earlierAnswer().forEach(s -> said.add(normalized(s)));
        return ranked.stream().filter(r -> !said.contains(normalized(r.sentence().text()))).toList();
    }

    private static String normalized(String sentence) {
        return sentence.replaceAll("\\s*(?:\\[\\d+])+\\s*$", "").replaceAll("\\s+", " ").strip();
    }
}
