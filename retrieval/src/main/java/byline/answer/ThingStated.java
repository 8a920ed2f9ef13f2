package byline.answer;

import java.util.List;

/**
 * The other side of {@link ThingNamed}, as {@link HolderStated} is of {@link HolderNamed}: "which consultancy does Ana
 * Ruiz work for?" is answered by the sentence that gives a name beside the thing's word ("Ana Ruiz, an analyst at the
 * energy consultancy Brightmoor Partners"), when every name the question gives is around it. Such a sentence often
 * shares few other words with the question, and the learned model doubts it; a name standing beside the very word
 * the question asks about is the evidence. So a part the model would decline is answered then; every other verdict
 * stands.
 */
final class ThingStated implements Answerability {
    private final Answerability model;
    private final AnswerabilityFeatures features;
    private final ThingNamed named = new ThingNamed();

    /**
     * @param model    the stage whose verdict this may overturn
     * @param features what says whether the question's names are around the best candidate
     */
    ThingStated(Answerability model, AnswerabilityFeatures features) {
        this.model = model;
        this.features = features;
    }

    @Override
    public Verdict judge(QuestionPart part, List<Ranked> ranked) {
        Verdict verdict = model.judge(part, ranked);
        if (verdict.answers() || !named.applies(part)) {
            return verdict;
        }
        Candidate best = ranked.get(0).candidate();
        ThingNamed.Asked asked = ThingNamed.asked(part.text()).orElseThrow();
        boolean beside = NameBeside.in(best.sentence(), part.text(), asked.word(), w -> true);
        boolean namesAround = features.namesMissing(part.text(), best) <= 0.5;
        return beside && namesAround ? verdict.answer() : verdict;
    }
}
