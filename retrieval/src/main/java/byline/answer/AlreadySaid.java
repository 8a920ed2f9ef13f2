package byline.answer;

import byline.retrieval.SentenceIndex;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Never repeat what was just said": a follow-up ("when did he join?") is owed something new, so its candidates
 * lose the sentences the answer just given stated and those that restate them (mostly the same words, as
 * {@link Composer#sameWords} reads a near-duplicate). When only repeats answer, answerability judges what is left.
 * A question that is not a follow-up is answered as it would be alone, even when it repeats the earlier one.
 */
final class AlreadySaid {
    private final SentenceIndex sentences;

    AlreadySaid(SentenceIndex sentences) {
        this.sentences = sentences;
    }

    /** {@code ranked} without what the earlier answer said, for a follow-up; as it is otherwise. */
    List<Ranked> without(List<Ranked> ranked, QuestionAnalysis analysis, Question question) {
        if (!analysis.followUp() || question.earlierAnswer().isEmpty()) {
            return ranked;
        }
        Set<String> texts = new HashSet<>();
        question.earlierAnswer().forEach(s -> texts.add(normalized(s)));
        // The follow-up's own words are in every candidate it asks for: they do not make one a repeat.
        Set<String> asked = sentences.lexicon().terms(analysis.text());
        List<Set<String>> said = question.earlierAnswer().stream().map(s -> sentences.lexicon().terms(s)).toList();
        return ranked.stream()
                .filter(r -> !texts.contains(normalized(r.sentence().text())))
                .filter(r -> said.stream().noneMatch(s ->
                        Composer.sameWords(s, sentences.sentenceTerms(r.sentence()), asked)))
                .toList();
    }

    private static String normalized(String sentence) {
        return sentence.replaceAll("\\s*(?:\\[\\d+])+\\s*$", "").replaceAll("\\s+", " ").strip();
    }
}
