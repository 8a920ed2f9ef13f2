package byline.answer;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question as the answer stages read it.
 *
 * @param text    the question without chat fillers
 * @param context what retrieval searches with: the text, after the earlier turn of a follow-up
 * @param vector  the embedding retrieval searches with
 * @param parts   what it asks, one part or two
 * @param named   articles the question names (by outlet or publication date); empty when it names none
 * @param outlets outlet names the question mentions, lower-cased (a sentence crediting one is "named" too)
 * @param followUp whether the question follows up the answer just given (see {@link FollowUp}); only then may
 *                 that answer shape this one
 * @param topic    for a follow-up, the articles the answer just given cited; empty otherwise
 */
public record QuestionAnalysis(String text, String context, float[] vector, List<QuestionPart> parts,
                               Set<String> named, Set<String> outlets, boolean followUp, Set<String> topic) {

    public QuestionAnalysis {
        parts = List.copyOf(parts);
        named = ordered(named);
        outlets = ordered(outlets);
        topic = ordered(topic);
        if (!followUp && !topic.isEmpty()) {
            throw new IllegalArgumentException("only a follow-up continues a topic");
        }
    }

    /** An unmodifiable copy that keeps the given order: Set.copyOf's order changes from run to run, and so would answers. */
    private static Set<String> ordered(Set<String> values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    /** A question asked afresh: nothing carried over from an earlier answer. */
    QuestionAnalysis(String text, String context, float[] vector, List<QuestionPart> parts, Set<String> named,
                     Set<String> outlets) {
        this(text, context, vector, parts, named, outlets, false, Set.of());
    }

    /** Whether the question names the article of {@code s} or the outlet {@code s} credits. */
    boolean names(byline.corpus.Sentence s) {
        return named.contains(s.docId())
                || !s.credited().isEmpty() && outlets.contains(s.credited().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether {@code s} belongs to an article the answer just given cited, for a follow-up. */
    boolean continues(byline.corpus.Sentence s) {
        return topic.contains(s.docId());
    }

    /** Nothing left to answer once fillers are gone. */
    boolean isEmpty() {
        return text.isBlank();
    }
}
