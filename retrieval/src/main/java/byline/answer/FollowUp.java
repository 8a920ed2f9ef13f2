package byline.answer;

import java.util.regex.Pattern;

/**
 * Tells a follow-up from a fresh question asked in the same conversation. Slack and Discord pass the earlier turn
 * with every message of a thread, but only a follow-up may lean on the answer just given: its sentences are not
 * offered again, the articles it cited are preferred ({@link LearnedRanker#TOPIC_PRIOR}) and "that" stands for
 * what it said. A follow-up refers back (a pronoun {@link Pronouns} resolved to a name of the earlier turn, or one
 * that {@link Pronouns#pointsAtAnswer points at the earlier answer}) or opens with a word that continues the
 * conversation ("and who…", "what about…"). Any other question is answered as it would be alone, apart from the
 * earlier question's words that have always given a thread's questions their context.
 * <p>
 * All of this stage's knowledge is the opening pattern below and the word lists of {@link Pronouns}.
 */
final class FollowUp {
    /** Openings that continue what was just said; "so", "well" and the like also open fresh questions. */
    private static final Pattern CONTINUES = Pattern.compile("^(?:and|but|also|then|what about|how about)\\b",
            Pattern.CASE_INSENSITIVE);

    private FollowUp() {
    }

    /**
     * @param asked    the question as typed, with its earlier turn
     * @param resolved the same after {@link Pronouns#resolve}
     */
    static boolean is(Question asked, Question resolved) {
        if (!asked.hasEarlier() && asked.earlierAnswer().isEmpty()) {
            return false;
        }
        return !resolved.text().equals(asked.text()) || Pronouns.pointsAtAnswer(asked)
                || CONTINUES.matcher(asked.text()).find();
    }
}
