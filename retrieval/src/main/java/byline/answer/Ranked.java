package byline.answer;

/**
 * A candidate and the ranker's score for it.
 *
 * @param candidate the sentence and its features
 * @param score     the ranker's score (higher answers better); comparable within one question part
 * @param prior     the part of {@code score} set by hand rather than learned (see {@link LearnedRanker}); 0 for most
 */
public record Ranked(Candidate candidate, double score, double prior) {

    /** A candidate scored by the learned model alone. */
    public Ranked(Candidate candidate, double score) {
        this(candidate, score, 0);
    }

    /**
     * The learned model's score, without the hand-set prior: what the answerability model was trained on, since
     * no training question names its article or follows up another.
     */
    double learned() {
        return score - prior;
    }

    /** The candidate's sentence. */
    public byline.corpus.Sentence sentence() {
        return candidate.sentence();
    }

    /** How it scored, for {@code :why}. */
    String detail() {
        return String.format(java.util.Locale.ROOT, "score=%.2f dense=%.2f lexical=%.2f%s | %s", score,
                candidate.feature(Features.Name.DENSE), candidate.feature(Features.Name.LEXICAL),
                candidate.feature(Features.Name.TYPED) > 0 && candidate.feature(Features.Name.TYPE_FITS) == 0
                        ? " (wrong answer type)" : "", candidate.passage().detail());
    }
}
