package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;

import java.util.List;
import java.util.Map;

/**
 * A {@link ShownSentencesCheck} with one rule over a confident model and a one-article index, for the tests of
 * each rule: a question and the sentence the ranker would put first go in, the checked verdict comes out.
 */
final class OneRuleCheck {
    private static final double HEDGE_GAP = 1.5;
    private final String docId;
    private final FakeSentenceIndex index;
    private final Answerability check;

    OneRuleCheck(String docId, ShownSentencesCheck.Rule rule) {
        this.docId = docId;
        this.index = new FakeSentenceIndex(docId);
        Composer composer = new Composer(index, Map.of(docId,
                new Article(docId, "The " + docId, "Valley Times", "2025-04-01", "", "", "body")), HEDGE_GAP);
        Answerability confident = (part, ranked) -> new Answerability.Verdict(true, 0.9, 0.2);
        this.check = new ShownSentencesCheck(confident, composer, List.of(rule));
    }

    /** The verdict on {@code question}, typed as the analyser types it, when {@code best} is the best candidate, alone. */
    Answerability.Verdict judge(String question, String best) {
        QuestionPart part = new QuestionPart(question, AnswerType.of(question), Map.of(docId, 1.0), new float[] {1, 0});
        Sentence s = index.add(Sentence.Kind.PROSE, index.size(), best, 1, 0);
        return check.judge(part, List.of(new Ranked(new Candidate(s, null,
                new double[Features.Name.values().length]), 3.0)));
    }
}
