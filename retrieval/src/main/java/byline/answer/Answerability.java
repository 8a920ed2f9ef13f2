package byline.answer;

import java.util.List;

/** The answerability stage: whether the best ranked sentence really answers, or the articles don't say. */
public interface Answerability {

    /**
     * The stage's verdict on a part.
     *
     * @param answers    whether the best candidate answers
     * @param confidence how sure the stage is that it does, from 0 to 1
     * @param threshold  the confidence it answers at
     * @param declined   why a check declined a part the confidence would answer, empty if none did
     */
    record Verdict(boolean answers, double confidence, double threshold, String declined) {

        Verdict(boolean answers, double confidence, double threshold) {
            this(answers, confidence, threshold, "");
        }

        /** The same confidence, answered: a later stage overturns a doubt ({@link HolderStated}). */
        Verdict answer() {
            return new Verdict(true, confidence, threshold);
        }

        /** The same confidence, declined for {@code reason}. */
        Verdict decline(String reason) {
            return new Verdict(false, confidence, threshold, reason);
        }

        /** For {@code :why}. */
        String detail() {
            return String.format(java.util.Locale.ROOT, "answerability %.2f (answers at %.2f or more)", confidence,
                    threshold) + (declined.isEmpty() ? "" : ", declined: " + declined);
        }
    }

    /** The verdict on {@code ranked} (best first, never empty) as an answer to {@code part}. */
    Verdict judge(QuestionPart part, List<Ranked> ranked);
}
