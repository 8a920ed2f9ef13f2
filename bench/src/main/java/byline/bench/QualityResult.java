package byline.bench;

/**
 * One peer on one dev set.
 *
 * @param set         which dev set (dev, dev2, squad/dev)
 * @param scoreLine   the {@code score:} line of the eval's score.py
 * @param hit1        answerable questions whose first retrieved document supports the answer
 * @param hit3        ... whose first three retrieved documents include a supporting one
 * @param answerChars median length of the answers given (abstentions left out)
 */
record QualityResult(String set, String peer, String description, String scoreLine, double hit1, double hit3, double p50Ms,
                     double p95Ms, double answerChars) {
}
