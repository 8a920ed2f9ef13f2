package byline.answer;

import java.util.List;

/** The ranking stage: orders a question part's candidate sentences, best answer first. */
public interface Ranker {

    List<Ranked> rank(QuestionAnalysis question, QuestionPart part, List<Candidate> candidates);
}
