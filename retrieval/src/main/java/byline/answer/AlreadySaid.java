package byline.answer;

import byline.retrieval.Lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Never repeat what was just said": a follow-up ("when did he join?") is owed something new, so its candidates
 * lose the sentences the conversation's answers stated, and the sentences that restate them without the kind of
 * answer the follow-up asks for (a date for "when", a name for "who"; any restatement when it asks for no
 * particular kind, as "what about his time at Tesla?" does). A restatement that holds that kind stays: when the
 * follow-up's answer is in what was said ("and who leads it?" after "…joined the team under Nick Joseph"), it is
 * better said again in other words than missed. A restatement shares most of its words with a sentence said
 * ({@link Composer#mostlySameWords}, the composer's own near-duplicate bar). When only repeats answer, answerability judges what is left. A
 * question that is not a follow-up is answered as it would be alone, even when it repeats the earlier one.
 */
final class AlreadySaid {
    private final Lexicon lexicon;

    AlreadySaid(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** {@code ranked} without what the earlier answer said, for a follow-up; as it is otherwise. */
    List<Ranked> without(List<Ranked> ranked, QuestionAnalysis analysis, Question question) {
        if (!analysis.followUp() || question.earlierAnswer().isEmpty()) {
            return ranked;
        }
        Set<String> said = new HashSet<>();
        question.saidSoFar().forEach(s -> said.add(normalized(s)));
        List<Set<String>> saidTerms = question.saidSoFar().stream().map(lexicon::terms).toList();
        return ranked.stream().filter(r -> !said.contains(normalized(r.sentence().text())))
                .filter(r -> holdsWhatIsAsked(r.candidate()) || !restates(r.sentence().text(), saidTerms)).toList();
    }

    private static boolean holdsWhatIsAsked(Candidate c) {
        return c.feature(Features.Name.TYPED) > 0 && c.feature(Features.Name.TYPE_FITS) > 0;
    }

    private boolean restates(String sentence, List<Set<String>> saidTerms) {
        Set<String> terms = lexicon.terms(sentence);
        return saidTerms.stream().anyMatch(said -> Composer.mostlySameWords(terms, said));
    }

    private static String normalized(String sentence) {
        return sentence.replaceAll("\\s*(?:\\[\\d+])+\\s*$", "").replaceAll("\\s+", " ").strip();
    }
}
