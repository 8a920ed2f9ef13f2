package byline.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a two-part question ("In what year …, and what field …?") so each part finds its own sentence: an
 * "and" followed by a wh-word, with at most one word (a preposition, usually) in between. Two wh-words joined
 * before one predicate ("Where and when was it found?") ask two things of it: each part gets the predicate.
 */
final class QuestionParts {
    private static final Pattern JOIN = Pattern.compile(
            ",?\\s+and\\s+(?=(?:\\p{L}+ )?(?:what|which|who|whom|whose|when|where|why|how)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A wh-word standing alone before "and" ("Where and when…?", "Who and on what date…?"). */
    private static final Pattern BARE_WH = Pattern.compile("(?i)(where|when|who|why)");
    /** The wh-phrase that opens a part: "when", "on what date", "which company", "how much". */
    private static final Pattern WH_PHRASE = Pattern.compile(
            "(?i)(?:\\p{L}+ )?(?:(?:what|which|whose) \\p{L}+|when|where|who|whom|why|how(?: \\p{L}+)?)\\b");
    /** A part needs a few words to stand alone; "and where" alone leans on the first part. */
    private static final int MIN_WORDS = 3;

    private QuestionParts() {
    }

    static List<String> split(String question) {
        String[] pieces = JOIN.split(question);
        if (pieces.length == 2) {
            String secondPart = pieces[1].strip();
            Matcher bare = BARE_WH.matcher(pieces[0].strip());
            Matcher second = WH_PHRASE.matcher(secondPart);
            if (bare.matches() && second.lookingAt()) {
                // "Where and on what date can I collect it?": both ask of one predicate, "can I collect it"
                String predicate = secondPart.substring(second.end()).strip();
                return List.of(bare.group(1) + " " + predicate, secondPart);
            }
        }
        List<String> parts = new ArrayList<>();
        for (String p : pieces) {
            if (p.strip().split("\\s+").length >= MIN_WORDS) {
                parts.add(p.strip());
            }
        }
        return parts.size() > 1 ? parts : List.of(question);
    }
}
