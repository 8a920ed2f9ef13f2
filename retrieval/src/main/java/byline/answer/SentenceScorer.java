package byline.answer;

import byline.corpus.Sentence;
import byline.retrieval.Index;
import byline.retrieval.Lexicon;
import byline.retrieval.Passage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores the sentences of retrieved passages against one question (or one part of it). */
final class SentenceScorer {
    static final double DENSE_WEIGHT = 0.5;
    static final double HEADING_WEIGHT = 0.5;
    static final double EARLIER_WEIGHT = 0.4;
    static final double SOURCE_ITEM_WEIGHT = 0.85;
    static final double NAMED_ARTICLE_BOOST = 1.25;

    private final Index index;
    private final Counts counts;

    SentenceScorer(Index index) {
        this.index = index;
        this.counts = new Counts(index.lexicon());
    }

    /** Question terms with their weights: IDF, lowered for the earlier question of a thread. */
    Map<String, Double> weights(String question, String earlier) {
        Lexicon lexicon = index.lexicon();
        Map<String, Double> w = new LinkedHashMap<>();
        for (String t : lexicon.queryTerms(earlier)) {
            w.put(t, EARLIER_WEIGHT * lexicon.idf(t));
        }
        for (String t : lexicon.queryTerms(question)) {
            w.put(t, lexicon.idf(t));
        }
        return w;
    }

    /**
     * @param type  the kind of answer the question asks for
     * @param named articles the question names (by outlet or date); their sentences are preferred
     */
    List<Scored> score(String question, AnswerType type, List<Passage> passages, float[] questionVector,
                       Map<String, Double> weights, Set<String> named) {
        Map<Sentence, Passage> candidates = new IdentityHashMap<>();
        for (Passage p : passages) {
            p.chunk().sentences().forEach(s -> candidates.putIfAbsent(s, p));
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Scored> out = new ArrayList<>();
        candidates.forEach((s, p) -> {
            double dense = Index.cosine(questionVector, index.sentenceVector(s));
            double lexical = total == 0 ? 0 : covered(s, weights) / total;
            double score = (DENSE_WEIGHT * dense + (1 - DENSE_WEIGHT) * lexical) * kindWeight(s)
                    * (named.contains(s.docId()) ? NAMED_ARTICLE_BOOST : 1.0);
            out.add(new Scored(s, p, dense, lexical, score, type.fits(s, question, counts)));
        });
        out.sort(Comparator.comparingDouble(Scored::score).reversed());
        return out;
    }

    /** A "Sources" entry names a headline, which is rarely the answer itself. */
    private static double kindWeight(Sentence s) {
        return s.kind() == Sentence.Kind.SOURCE_ITEM ? SOURCE_ITEM_WEIGHT : 1.0;
    }

    private double covered(Sentence s, Map<String, Double> weights) {
        Set<String> inSentence = index.sentenceTerms(s);
        Set<String> inHeading = index.headingTerms(s.heading());
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (inSentence.contains(e.getKey())) {
                sum += e.getValue();
            } else if (inHeading.contains(e.getKey())) {
                sum += HEADING_WEIGHT * e.getValue();
            }
        }
        return sum;
    }
}
