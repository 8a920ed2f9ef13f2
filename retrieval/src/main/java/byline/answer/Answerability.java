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
     * @param overruled  why a rule declined what the confidence would answer; empty if none did
     */
    record Verdict(boolean answers, double confidence, double threshold, String overruled) {

        Verdict(boolean answers, double confidence, double threshold) {
            this(answers, confidence, threshold, "");
        }

        /** The same confidence, declined for {@code reason}. */
        Verdict overruled(String reason) {
            return new Verdict(false, confidence, threshold, reason);
        }

        /** For {@code :why}. */
        String detail() {
            String scored = String.format(java.util.Locale.ROOT, "answerability %.2f (answers at %.2f or more)",
                    confidence, threshold);
            return overruled.isEmpty() ? scored : scored + ", declined: " + overruled;
        }
    }

    /** The verdict on {@code ranked} (best first, never empty) as an answer to {@code part}. */
    Verdict judge(QuestionPart part, List<Ranked> ranked);
}
