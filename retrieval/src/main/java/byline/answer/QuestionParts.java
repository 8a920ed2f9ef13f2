package byline.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a two-part question ("In what year …, and what field …?") so each part finds its own sentence: an
 * "and" followed by a wh-word, with at most one word (a preposition, usually) in between.
 */
final class QuestionParts {
    private static final Pattern JOIN = Pattern.compile(
            ",?\\s+and\\s+(?=(?:\\p{L}+ )?(?:what|which|who|whom|whose|when|where|why|how)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A part needs a few words to stand alone; "and where" alone leans on the first part. */
    private static final int MIN_WORDS = 3;

    private QuestionParts() {
    }

    static List<String> split(String question) {
        List<String> parts = new ArrayList<>();
        for (String p : JOIN.split(question)) {
            if (p.strip().split("\\s+").length >= MIN_WORDS) {
                parts.add(p.strip());
            }
        }
        return parts.size() > 1 ? parts : List.of(question);
    }
}
