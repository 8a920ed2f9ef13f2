package byline.bench;

/**
 * What the scale benchmark measured for one corpus size.
 *
 * @param articles        articles in the synthetic corpus
 * @param chunks          chunks indexed
 * @param firstBuildS     seconds of the build that embedded everything (recorded when it ran)
 * @param firstBuildRate  chunks per second of that build
 * @param cachedBuildS    seconds to build the index again in process with the cache warm
 * @param vectorSearch    "exact" or "HNSW"
 * @param heapMb          used heap after the build and a full GC
 * @param warmStartS      a fresh {@code byline ask} process, launch to answer, cache warm (best of two)
 * @param queryP50Ms      whole answers (embedding, hybrid search, sentence scoring), median
 * @param queryP95Ms      whole answers, 95th percentile
 * @param recall10        HNSW top-10 against exact top-10 (NaN on the exact path)
 * @param recall30        HNSW top-30 (the candidates fusion uses) against exact top-30
 */
record ScaleResult(int articles, int chunks, double firstBuildS, double firstBuildRate, double cachedBuildS,
                   String vectorSearch, double heapMb, double warmStartS, double queryP50Ms, double queryP95Ms,
                   double recall10, double recall30) {
}
