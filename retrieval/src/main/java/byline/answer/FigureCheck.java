package byline.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A "how many" or "how much" question is answered by a figure. When neither the best sentence nor any candidate
 * scoring within the hedge gap of it states one the question lacks, the articles do not give it,
 * however well the sentence matches the question's words: that sentence is the near miss ("the council opened a
 * hardship fund" for "how much is in the fund?"). The learned model reads the same fact as one feature among many
 * and weighs it lightly, because its training questions rarely meet such a sentence; so it is a check here, the
 * answer-type check of the issue that asked for learned answerability. Other kinds stay with the model alone: a
 * "how long" or "how old" is often answered without a number ("since the spring", "built in 1887").
 * <p>
 * It reads the ranked candidates, not the sentences {@link Composer} will show: a figure in the sentence that
 * continues a best sentence ending in a colon is not seen here, and a figure within the hedge gap is not always
 * shown (the composer supplements within its own, smaller gap).
 */
final class FigureCheck implements Answerability {
    private static final Set<AnswerType> FIGURES = EnumSet.of(AnswerType.COUNT, AnswerType.AMOUNT);
    static final String NO_FIGURE = "no figure in the sentences that would answer";

    private final Answerability model;
    private final double hedgeGap;

    /**
     * @param model    the stage whose verdict this checks
     * @param hedgeGap how close to the best a runner-up must score to be shown beside it ({@code composer.hedge_gap})
     */
    FigureCheck(Answerability model, double hedgeGap) {
        this.model = model;
        this.hedgeGap = hedgeGap;
    }

    @Override
    public Verdict judge(QuestionPart part, List<Ranked> ranked) {
        Verdict verdict = model.judge(part, ranked);
        if (!verdict.answers() || !FIGURES.contains(part.type()) || figureShown(ranked)) {
            return verdict;
        }
        return verdict.decline(NO_FIGURE);
    }

    private boolean figureShown(List<Ranked> ranked) {
        double floor = ranked.get(0).score() - hedgeGap;
        return ranked.stream().takeWhile(r -> r.score() >= floor)
                .anyMatch(r -> r.candidate().feature(Features.Name.TYPE_FITS) > 0);
    }
}
