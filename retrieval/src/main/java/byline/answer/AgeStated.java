package byline.answer;

import java.util.List;
import java.util.Locale;

/**
 * The other side of {@link AgeBeside}: "how old is Ana Ruiz?" is answered by the sentence that gives her age beside her
 * name ("Ruiz, 38, said"), however little else of it the question shares, and the learned model, reading overlap,
 * doubts such a sentence. An age beside the asked name is the asked fact itself; so a part the model would decline is
 * answered then, unless the question asks her age at some event ("how old was she when…"), which the sentence's age
 * need not be. Every other verdict stands.
 */
final class AgeStated implements Answerability {
    private final Answerability model;

    /** @param model the stage whose verdict this may overturn */
    AgeStated(Answerability model) {
        this.model = model;
    }

    @Override
    public Verdict judge(QuestionPart part, List<Ranked> ranked) {
        Verdict verdict = model.judge(part, ranked);
        if (verdict.answers() || part.type() != AnswerType.AGE || Ages.atAnEvent(part.text())) {
            return verdict;
        }
        String question = part.text().toLowerCase(Locale.ROOT);
        boolean stated = AgeBeside.givesAgeOf(ranked.get(0).sentence().text(), question);
        return stated ? verdict.answer() : verdict;
    }
}
