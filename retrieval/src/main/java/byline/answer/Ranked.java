package byline.answer;

/**
 * A candidate and the ranker's score for it.
 *
 * @param candidate the sentence and its features
 * @param score     the ranker's score (higher answers better); comparable within one question part
 */
public record Ranked(Candidate candidate, double score) {

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
