package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Optional;

/**
 * Checks the learned answerability verdict against the sentences the answer would show ({@link Composer#shown}):
 * a part the model would answer is declined when one of the {@link Rule}s finds that those sentences do not answer
 * it (no value of the asked kind, a yes-or-no left open). The shown sentences are worked out once for all rules.
 */
final class ShownSentencesCheck implements Answerability {
    /** One general reason why the sentences an answer would show do not answer a part. */
    interface Rule {
        /** Whether the rule has anything to say about {@code part}; the shown sentences are worked out only if so. */
        boolean applies(QuestionPart part);

        /** Why {@code shown} does not answer {@code part}, if it does not. */
        Optional<String> declines(QuestionPart part, List<Sentence> shown);
    }

    private final Answerability model;
    private final Composer composer;
    private final List<Rule> rules;

    /**
     * @param model    the stage whose verdict this checks
     * @param composer what decides which sentences an answer shows
     * @param rules    the checks, in the order their reasons are reported
     */
    ShownSentencesCheck(Answerability model, Composer composer, List<Rule> rules) {
        this.model = model;
        this.composer = composer;
        this.rules = List.copyOf(rules);
    }

    @Override
    public Verdict judge(QuestionPart part, List<Ranked> ranked) {
        Verdict verdict = model.judge(part, ranked);
        List<Rule> applying = rules.stream().filter(r -> r.applies(part)).toList();
        if (!verdict.answers() || applying.isEmpty()) {
            return verdict;
        }
        List<Sentence> shown = composer.shown(new Composer.Answered(part, ranked));
        return applying.stream().map(r -> r.declines(part, shown)).flatMap(Optional::stream).findFirst()
                .map(verdict::decline).orElse(verdict);
    }
}
