package byline.answer;

import byline.corpus.Sentence;
import byline.retrieval.Index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a sentence really answers, and which other articles state the same thing. Abstaining is
 * an answer: a near miss (another quarter, no date for "when") is never passed off as one.
 */
final class AnswerPolicy {
    /** Below this no sentence is about the question at all (off-topic questions score under 0.1). */
    static final double MIN_SCORE = 0.20;
    /** An answer must also be close in meaning, not only share a word ("tomorrow" in "rain tomorrow"). */
    static final double MIN_DENSE = 0.20;
    /** When this much of a question's weight is words the corpus never uses, it asks about something else. */
    static final double MAX_UNKNOWN_SHARE = 0.50;
    /** A fitting sentence this much weaker than a conflicting one is a fallback, not an answer. */
    static final double CONFLICT_MARGIN = 0.90;
    static final double SAME_FACT = 0.80;
    /** An agreeing sentence holds at least this share of what the answering one holds of the question. */
    static final double AGREEING_LEXICAL = 0.5;
    /**
     * Dates are in almost every news sentence, so a date answers "when …" only from a sentence that holds
     * most of the question's own words: "Karpathy joined under Nick Joseph (May 19)" does not date when
     * Nick Joseph became head of pre-training.
     */
    static final double DATE_MIN_LEXICAL = 0.40;

    private final Index index;

    AnswerPolicy(Index index) {
        this.index = index;
    }

    /** The sentence that answers {@code part}, or empty when none does. */
    Optional<Scored> choose(String part, AnswerType type, Map<String, Double> weights, List<Scored> ranked) {
        if (unknownShare(weights) >= MAX_UNKNOWN_SHARE) {
            return Optional.empty();
        }
        double conflicting = 0;
        for (Scored s : ranked) {
            if (s.score() < MIN_SCORE || s.score() < conflicting * CONFLICT_MARGIN) {
                return Optional.empty();
            }
            if (Constraints.conflict(part, s.sentence().text())) {
                conflicting = Math.max(conflicting, s.score());
            } else if (s.fits() && s.dense() >= MIN_DENSE
                    && (type != AnswerType.DATE || s.lexical() >= DATE_MIN_LEXICAL)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private double unknownShare(Map<String, Double> weights) {
        double total = 0;
        double unknown = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            total += e.getValue();
            unknown += index.lexicon().known(e.getKey()) ? 0 : e.getValue();
        }
        return total == 0 ? 1 : unknown / total;
    }

    /**
     * Sentences of other articles that say what {@code best} says, among the sentences scored for the same
     * question: close in meaning, about as much about the question, and with the same answer in the slot the
     * question asks for (the same outlet for "which outlet", a shared number for dates and counts). Two
     * "Outlet: …; Headline: …" rows about the same story are close in meaning but credit different outlets.
     */
    List<Sentence> agreeing(Scored best, List<Scored> ranked, AnswerType type) {
        float[] v = index.sentenceVector(best.sentence());
        List<Sentence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(best.sentence().docId()));
        for (Scored s : ranked) {
            if (!seen.contains(s.sentence().docId()) && sameFact(best, s, type, v)) {
                out.add(s.sentence());
                seen.add(s.sentence().docId());
            }
        }
        return out;
    }

    private boolean sameFact(Scored best, Scored other, AnswerType type, float[] bestVector) {
        return other.fits() && other.lexical() >= AGREEING_LEXICAL * best.lexical()
                && sameAnswer(best.sentence(), other.sentence(), type)
                && Index.cosine(bestVector, index.sentenceVector(other.sentence())) >= SAME_FACT;
    }

    private static boolean sameAnswer(Sentence a, Sentence b, AnswerType type) {
        return switch (type) {
            case ANY -> true;
            case OUTLET -> a.credited().equalsIgnoreCase(b.credited());
            case AGE, DURATION, DATE, NUMBER -> Constraints.shareNumber(a.text(), b.text());
        };
    }
}
