package byline.answer;

import byline.corpus.Sentence;
import byline.retrieval.Passage;
import byline.retrieval.SentenceIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the ranker knows about a candidate sentence. Every feature is general: meaning and word overlap with the
 * question, where the passage ranked, whether the sentence can hold the kind of answer asked for, its shape.
 * None names a word of any particular article; the weights that combine them are learned (see
 * {@link LinearModel}).
 */
final class Features {
    /** The features, in the order of a candidate's vector and of the learned weights. */
    enum Name {
        /** MiniLM cosine of question and sentence. */
        DENSE,
        /** DENSE minus the best DENSE among the candidates. */
        DENSE_GAP,
        /** Share of the question's IDF weight the sentence holds. */
        LEXICAL,
        /** LEXICAL minus the best LEXICAL among the candidates. */
        LEXICAL_GAP,
        /** Share held by the sentence with its neighbours and heading: the context that names its subject. */
        CONTEXT,
        /** Whether the sentence holds the question's rarest word. */
        RAREST,
        /** Share of the question's word pairs that stand side by side in the sentence too. */
        PAIRS,
        /** 1 / rank of the sentence's passage in the fused retrieval. */
        PASSAGE_RANK,
        /** MiniLM cosine of question and the sentence's whole passage. */
        PASSAGE_DENSE,
        /** Whether the question asks for a particular kind of answer (a date, a name, a count...). */
        TYPED,
        /** Whether it does and the sentence holds one the question lacks. */
        TYPE_FITS,
        /** Share of the sentence's words that are not the question's: an answer adds something. */
        NEW_WORDS,
        /** Sentence length, log of characters. */
        LENGTH,
        /** Whether the sentence states another year or quarter than the question pins down. */
        CONFLICT,
        /** Whether the sentence is a list item, a table row or a source-list entry rather than prose. */
        NOT_PROSE,
        /** Share of the question's weight right beside the value of the asked kind (see {@link AnswerWindow}). */
        NEAR
    }

    static final List<String> NAMES = java.util.Arrays.stream(Name.values()).map(Enum::name).toList();

    private final SentenceIndex sentences;
    private final AnswerWindow window;
    private final Map<String, byline.corpus.Article> articles;
    private final Map<String, Set<String>> outletTerms = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param articles by id: who publishes an article is part of what each of its sentences is about */
    Features(SentenceIndex sentences, Map<String, byline.corpus.Article> articles) {
        this.sentences = sentences;
        this.window = new AnswerWindow(sentences.lexicon());
        this.articles = articles;
    }

    /** The candidates of {@code passages} (best first) for {@code part}, each with its features. */
    List<Candidate> candidates(QuestionPart part, List<Passage> passages) {
        Set<Sentence> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Candidate> out = new ArrayList<>();
        double total = part.totalWeight();
        String rarest = rarest(part.weights());
        List<String> pairs = pairs(part.text());
        for (int rank = 0; rank < passages.size(); rank++) {
            Passage p = passages.get(rank);
            for (Sentence s : p.chunk().sentences()) {
                if (seen.add(s)) {
                    out.add(new Candidate(s, p, absolute(part, s, p, rank, total, rarest, pairs)));
                }
            }
        }
        relative(out);
        return out;
    }

    private double[] absolute(QuestionPart part, Sentence s, Passage p, int rank, double total, String rarest,
                              List<String> pairs) {
        double[] f = new double[Name.values().length];
        Set<String> terms = sentences.sentenceTerms(s);
        f[Name.DENSE.ordinal()] = byline.retrieval.Vectors.cosine(part.vector(), sentences.sentenceVector(s));
        f[Name.LEXICAL.ordinal()] = total == 0 ? 0 : covered(part.weights(), terms) / total;
        f[Name.CONTEXT.ordinal()] = total == 0 ? 0 : covered(part.weights(), context(s)) / total;
        f[Name.RAREST.ordinal()] = rarest != null && terms.contains(rarest) ? 1 : 0;
        f[Name.PAIRS.ordinal()] = pairs.isEmpty() ? 0 : pairShare(pairs, terms);
        f[Name.PASSAGE_RANK.ordinal()] = 1.0 / (rank + 1);
        f[Name.PASSAGE_DENSE.ordinal()] = p.dense();
        f[Name.TYPED.ordinal()] = part.type() == AnswerType.ANY ? 0 : 1;
        f[Name.TYPE_FITS.ordinal()] = part.type() != AnswerType.ANY && part.type().fits(s, part.text()) ? 1 : 0;
        f[Name.NEW_WORDS.ordinal()] = terms.isEmpty() ? 0
                : terms.stream().filter(t -> !part.weights().containsKey(t)).count() / (double) terms.size();
        f[Name.LENGTH.ordinal()] = Math.log1p(s.text().length());
        f[Name.CONFLICT.ordinal()] = Constraints.conflict(part.text(), s.text()) ? 1 : 0;
        f[Name.NOT_PROSE.ordinal()] = s.kind() == Sentence.Kind.PROSE ? 0 : 1;
        // only a sentence with the asked kind of value and some of the question's words can hold one beside them
        f[Name.NEAR.ordinal()] = f[Name.TYPE_FITS.ordinal()] > 0 && f[Name.LEXICAL.ordinal()] > 0
                ? window.nearness(part, s) : 0;
        return f;
    }

    private static void relative(List<Candidate> candidates) {
        double dense = candidates.stream().mapToDouble(c -> c.feature(Name.DENSE)).max().orElse(0);
        double lexical = candidates.stream().mapToDouble(c -> c.feature(Name.LEXICAL)).max().orElse(0);
        for (Candidate c : candidates) {
            c.features()[Name.DENSE_GAP.ordinal()] = c.feature(Name.DENSE) - dense;
            c.features()[Name.LEXICAL_GAP.ordinal()] = c.feature(Name.LEXICAL) - lexical;
        }
    }

    /**
     * The words around {@code s} and those of its article's outlet: a club's own report, a hotel's own terms, need not
     * repeat the club's or the hotel's name in every sentence for the sentence to be about it.
     */
    private Set<String> context(Sentence s) {
        Set<String> all = around(sentences, s);
        all.addAll(outletTerms.computeIfAbsent(s.docId(), id -> {
            byline.corpus.Article a = articles.get(id);
            return a == null ? Set.of() : sentences.lexicon().terms(a.outlet());
        }));
        return all;
    }

    /** The words of {@code s}, of its neighbours in the same paragraph and of its heading. */
    static Set<String> around(SentenceIndex sentences, Sentence s) {
        Set<String> all = new HashSet<>(sentences.sentenceTerms(s));
        sentences.previous(s).filter(n -> n.paragraph() == s.paragraph())
                .ifPresent(n -> all.addAll(sentences.sentenceTerms(n)));
        sentences.next(s).filter(n -> n.paragraph() == s.paragraph())
                .ifPresent(n -> all.addAll(sentences.sentenceTerms(n)));
        all.addAll(sentences.headingTerms(s.heading()));
        if (s.kind() == Sentence.Kind.LIST_ITEM) {
            leadIn(sentences, s).ifPresent(l -> all.addAll(sentences.sentenceTerms(l)));
        }
        return all;
    }

    /**
     * The sentence that introduces the list {@code item} belongs to ("If you have questions, speak to:"): what an
     * item is about is often said there only.
     */
    static java.util.Optional<Sentence> leadIn(SentenceIndex sentences, Sentence item) {
        java.util.Optional<Sentence> before = sentences.previous(item);
        while (before.isPresent() && before.get().kind() == Sentence.Kind.LIST_ITEM
                && before.get().paragraph() == item.paragraph()) {
            before = sentences.previous(before.get());
        }
        return before.filter(b -> b.kind() == Sentence.Kind.PROSE && b.docId().equals(item.docId())
                && b.text().strip().endsWith(":"));
    }

    /**
     * The text of {@code s} as a reader sees it in place: its heading, the sentence, and the sentences right before and
     * after it, separated by spaces.
     */
    static String textAround(SentenceIndex sentences, Sentence s) {
        StringBuilder around = new StringBuilder(s.heading()).append(' ').append(s.text());
        sentences.previous(s).ifPresent(n -> around.append(' ').append(n.text()));
        sentences.next(s).ifPresent(n -> around.append(' ').append(n.text()));
        return around.toString();
    }

    /**
     * {@link #textAround} after the outlet and title of {@code s}'s article ({@code article}, if known), lower-cased:
     * where the names a question gives may stand, since a sentence need not repeat its article's subject or outlet.
     */
    static String bylineAndAround(SentenceIndex sentences, byline.corpus.Article article, Sentence s) {
        String byline = article == null ? "" : article.outlet() + " " + article.title() + " ";
        return (byline + textAround(sentences, s)).toLowerCase(java.util.Locale.ROOT);
    }

    /** The IDF weight of the question words among {@code terms}. */
    static double covered(Map<String, Double> weights, Set<String> terms) {
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (terms.contains(e.getKey())) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    private static String rarest(Map<String, Double> weights) {
        return weights.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Adjacent content-word pairs of the question, lower-cased ("nobel prize", "prize winner"). */
    private List<String> pairs(String text) {
        return new ArrayList<>(adjacentPairs(sentences.lexicon().terms(text)));
    }

    /** Share of the question's pairs that stand side by side in the sentence's terms too. */
    private static double pairShare(List<String> pairs, Set<String> sentenceTerms) {
        Set<String> present = adjacentPairs(sentenceTerms);
        return pairs.stream().filter(present::contains).count() / (double) pairs.size();
    }

    /** "a b", "b c", … of terms in order of first appearance. */
    private static Set<String> adjacentPairs(Set<String> terms) {
        List<String> words = new ArrayList<>(terms);
        Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + " " + words.get(i + 1));
        }
        return out;
    }
}
