package byline.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a two-part question ("In what year …, and what field …?") so each part finds its own sentence. */
final class QuestionParts {
    private static final Pattern JOIN = Pattern.compile(
            ",?\\s+and\\s+(?=(?:in |over |on |at |for |from |to |by )?(?:what|which|who|whom|whose|when|where|why|how)\\b)",
            Pattern.CASE_INSENSITIVE);

    private QuestionParts() {
    }

    static List<String> split(String question) {
        List<String> parts = new ArrayList<>();
        for (String p : JOIN.split(question)) {
            if (p.strip().split("\\s+").length >= 3) {
                parts.add(p.strip());
            }
        }
        return parts.size() > 1 ? parts : List.of(question);
    }
}
