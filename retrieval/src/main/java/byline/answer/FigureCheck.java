package byline.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A "how many" or "how much" question is answered by a figure. When none of the sentences the answer would show
 * (the best, what continues it, a supplement or close runner-up: {@link Composer#shown}) states one the question
 * lacks, the articles do not give it, however well the sentence matches the question's words: that sentence is the
 * near miss ("the council opened a hardship fund" for "how much is in the fund?"). The learned model reads the same
 * fact as one feature among many and weighs it lightly, because its training questions rarely meet such a sentence;
 * so it is a check here, the answer-type check of the issue that asked for learned answerability. Other kinds stay
 * with the model alone: a "how long" or "how old" is often answered without a number ("since the spring", "built in
 * 1887").
 * <p>
 * An amount of money ("how much does it cost?", "what was its revenue?") is answered by a sum or a share of one
 * ({@link Money}): "the arena seats 12,000" does not say how much the tour earned.
 */
final class FigureCheck implements Answerability {
    private static final Set<AnswerType> FIGURES = EnumSet.of(AnswerType.COUNT, AnswerType.AMOUNT);
    static final String NO_FIGURE = "no figure in the sentences that would answer";
    static final String NO_SUM = "no sum of money or share in the sentences that would answer";

    private final Answerability model;
    private final Composer composer;

    /**
     * @param model    the stage whose verdict this checks
     * @param composer what decides which sentences an answer shows
     */
    FigureCheck(Answerability model, Composer composer) {
        this.model = model;
        this.composer = composer;
    }

    @Override
    public Verdict judge(QuestionPart part, List<Ranked> ranked) {
        Verdict verdict = model.judge(part, ranked);
        if (!verdict.answers() || !FIGURES.contains(part.type())) {
            return verdict;
        }
        boolean money = part.type() == AnswerType.AMOUNT && Money.asked(part.text());
        if (figureShown(part, ranked, money)) {
            return verdict;
        }
        return verdict.decline(money ? NO_SUM : NO_FIGURE);
    }

    private boolean figureShown(QuestionPart part, List<Ranked> ranked, boolean money) {
        return composer.shown(new Composer.Answered(part, ranked)).stream()
                .anyMatch(s -> money ? Money.statedIn(part.text(), s.text()) : part.type().fits(s, part.text()));
    }
}
