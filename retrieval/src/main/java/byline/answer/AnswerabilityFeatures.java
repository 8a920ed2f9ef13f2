package byline.answer;

import byline.retrieval.Lexicon;
import byline.retrieval.SentenceIndex;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the answerability model knows about a question part and its best candidates: how well the best one
 * scored and by how much it leads, how much of the question it and its context hold, whether the question asks
 * about words the corpus never uses, and whether the best sentence holds the kind of answer asked for.
 */
final class AnswerabilityFeatures {
    /** The features, in the order of the learned weights. */
    enum Name {
        /** The ranker's score of the best candidate. */
        TOP_SCORE,
        /** How far the best candidate leads the second. */
        MARGIN,
        /** The best candidate's LEXICAL feature. */
        TOP_LEXICAL,
        /** The best candidate's CONTEXT feature. */
        TOP_CONTEXT,
        /** The best candidate's DENSE feature. */
        TOP_DENSE,
        /** Share of the question's weight in words the corpus never uses. */
        UNKNOWN,
        /** IDF of the rarest question word missing around the best candidate, over the rarest word's IDF. */
        MISSING_RARE,
        /** Share of the question's weight missing around the best candidate. */
        MISSING,
        /** Whether the question asks for a kind of answer the best candidate does not hold. */
        TYPE_MISSING,
        /** Whether the best candidate states another year or quarter than the question. */
        CONFLICT,
        /**
         * Share of the question's names (capitalised words) and numbers missing around the best candidate; its
         * article's outlet and title count as around it (a club's own report need not repeat the club's name).
         */
        NAMES_MISSING,
        /** MiniLM cosine of the question and the best candidate's passage. */
        PASSAGE_DENSE,
        /**
         * How much of the question the best candidate holds but not beside its value of the asked kind (its LEXICAL
         * minus its NEAR); 0 when the question asks for no particular kind or the sentence holds none, so that the
         * feature means the same for every question.
         */
        TOP_FAR,
        /** Whether the question is negated ("which firm did not bid?") and the best candidate states no negative. */
        NEGATION_UNMATCHED
    }

    static final List<String> NAMES = java.util.Arrays.stream(Name.values()).map(Enum::name).toList();

    private final SentenceIndex sentences;
    private final Map<String, byline.corpus.Article> articles;

    /** @param articles by id: a name the question gives may be the article's outlet or in its title */
    AnswerabilityFeatures(SentenceIndex sentences, Map<String, byline.corpus.Article> articles) {
        this.sentences = sentences;
        this.articles = articles;
    }

    double[] of(QuestionPart part, List<Ranked> ranked) {
        double[] f = new double[Name.values().length];
        Ranked top = ranked.get(0);
        Candidate c = top.candidate();
        f[Name.TOP_SCORE.ordinal()] = top.score();
        f[Name.MARGIN.ordinal()] = ranked.size() > 1 ? top.score() - ranked.get(1).score() : 1;
        f[Name.TOP_LEXICAL.ordinal()] = c.feature(Features.Name.LEXICAL);
        f[Name.TOP_CONTEXT.ordinal()] = c.feature(Features.Name.CONTEXT);
        f[Name.TOP_DENSE.ordinal()] = c.feature(Features.Name.DENSE);
        Lexicon lexicon = sentences.lexicon();
        Set<String> around = Features.around(sentences, c.sentence());
        double total = 0;
        double unknown = 0;
        double missing = 0;
        double rarest = 0;
        double rarestMissing = 0;
        for (Map.Entry<String, Double> e : part.weights().entrySet()) {
            double w = e.getValue();
            total += w;
            rarest = Math.max(rarest, w);
            unknown += lexicon.known(e.getKey()) ? 0 : w;
            if (!around.contains(e.getKey())) {
                missing += w;
                rarestMissing = Math.max(rarestMissing, w);
            }
        }
        f[Name.UNKNOWN.ordinal()] = total == 0 ? 1 : unknown / total;
        f[Name.MISSING.ordinal()] = total == 0 ? 1 : missing / total;
        f[Name.MISSING_RARE.ordinal()] = rarest == 0 ? 1 : rarestMissing / rarest;
        f[Name.TYPE_MISSING.ordinal()] = c.feature(Features.Name.TYPED) > 0 && c.feature(Features.Name.TYPE_FITS) == 0
                ? 1 : 0;
        f[Name.CONFLICT.ordinal()] = c.feature(Features.Name.CONFLICT);
        f[Name.NAMES_MISSING.ordinal()] = namesMissing(part.text(), c);
        f[Name.PASSAGE_DENSE.ordinal()] = c.feature(Features.Name.PASSAGE_DENSE);
        f[Name.TOP_FAR.ordinal()] = c.feature(Features.Name.TYPE_FITS) > 0
                ? c.feature(Features.Name.LEXICAL) - c.feature(Features.Name.NEAR) : 0;
        f[Name.NEGATION_UNMATCHED.ordinal()] = Negation.unmatched(part.text(), c.sentence().text()) ? 1 : 0;
        return f;
    }

    /** Names and numbers are what a near miss swaps ("the 1972 crisis" for "the 1973 crisis"). */
    double namesMissing(String question, Candidate c) {
        List<String> names = AnswerType.namesAndNumbers(question);
        if (names.isEmpty()) {
            return 0;
        }
        String text = Features.bylineAndAround(sentences, articles.get(c.sentence().docId()), c.sentence());
        return names.stream().filter(n -> !text.contains(n)).count() / (double) names.size();
    }
}
