package byline.answer;

/** The first answer stage: reads what a question asks (its parts, the kind of answer, the articles it names). */
public interface QuestionAnalyzer {

    QuestionAnalysis analyze(Question question);
}
