package byline.answer;

import java.util.List;

/**
 * The other side of {@link HolderNamed}: "who is the union's general secretary?" is answered by the sentence that
 * names someone beside the role ("said chief executive Ana Ruiz", "the club's chairman, Ivo Dane,"), when every name
 * the question gives is around it or in its article's outlet or title. Such a sentence is often a quote whose other
 * words share little with the question, and the learned model, reading overlap and similarity, doubts it; news
 * names a role's holder this way so regularly that the pattern itself is the evidence. So a part the model would
 * decline is answered then; every other verdict stands.
 */
final class HolderStated implements Answerability {
    private final Answerability model;
    private final AnswerabilityFeatures features;

    /**
     * @param model    the stage whose verdict this may overturn
     * @param features what says whether the question's names are around the best candidate
     */
    HolderStated(Answerability model, AnswerabilityFeatures features) {
        this.model = model;
        this.features = features;
    }

    @Override
    public Verdict judge(QuestionPart part, List<Ranked> ranked) {
        Verdict verdict = model.judge(part, ranked);
        Candidate best = ranked.get(0).candidate();
        if (verdict.answers() || !HolderNamed.asks(part) || !HolderNamed.namesHolderOfAskedRole(part, best.sentence())) {
            return verdict;
        }
        boolean namesAround = features.namesMissing(part.text(), best) <= 0.5;
        return namesAround ? verdict.answer() : verdict;
    }
}
