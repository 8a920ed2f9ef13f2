package byline.bot.terminal;

import java.util.regex.Pattern;

/** Tells a follow-up ("and who does he report to?") from a fresh question in a running conversation. */
final class FollowUps {
    private static final Pattern CUE = Pattern.compile(
            "^(?:and|but|also|so|then|what about|how about|why is that|why)\\b"
                    + "|\\b(?:he|she|him|her|his|hers|they|them|their|it|its|that|this|there)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("(?<!^)\\b\\p{Lu}\\p{Ll}+");

    private FollowUps() {
    }

    /** Follow-ups start with a cue word or refer back with a pronoun and name nobody themselves. */
    static boolean looksLikeFollowUp(String question) {
        String q = question.strip();
        boolean startsWithCue = q.matches("(?i)^(?:and|but|also|what about|how about)\\b.*");
        return startsWithCue || CUE.matcher(q).find() && !NAME.matcher(q).find() && q.split("\\s+").length <= 10;
    }
}
