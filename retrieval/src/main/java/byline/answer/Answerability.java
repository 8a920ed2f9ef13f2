package byline.answer;

import java.util.List;

/** The answerability stage: whether the best ranked sentence really answers, or the articles don't say. */
public interface Answerability {

    /** Whether {@code ranked} (best first, never empty) holds an answer to {@code part}. */
    boolean answers(QuestionPart part, List<Ranked> ranked);
}
