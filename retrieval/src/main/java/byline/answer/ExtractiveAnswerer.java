package byline.answer;

import byline.corpus.Article;
import byline.corpus.Corpus;
import byline.corpus.Sentence;
import byline.retrieval.Index;
import byline.retrieval.Passage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The default, offline answerer: picks the sentences of the retrieved passages that answer the question,
 * cites each, merges articles that state the same fact, and abstains when nothing answers.
 */
public final class ExtractiveAnswerer implements Answerer {
    public static final String NAME = "extractive";
    private static final int EVIDENCE_PER_PART = 6;
    private static final double COMPANION_RATIO = 0.85;
    private static final double REDUNDANT = 0.90;
    private static final int SHORT_SENTENCE = 120;

    private final Index index;
    private final Map<String, Article> articles;
    private final SentenceScorer scorer;
    private final ArticleReferences references;
    private final AnswerPolicy policy;
    private final int top;

    /**
     * @param index  the searchable corpus
     * @param corpus the articles (for citation metadata)
     * @param top    how many retrieved passages to consider
     */
    public ExtractiveAnswerer(Index index, Corpus corpus, int top) {
        this.index = Objects.requireNonNull(index, "index");
        this.articles = corpus.byId();
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, got " + top);
        }
        this.top = top;
        this.scorer = new SentenceScorer(index);
        this.references = new ArticleReferences(corpus.articles());
        this.policy = new AnswerPolicy(index);
    }

    @Override
    public Answer answer(Question question) {
        String text = Chat.withoutFillers(question.text());
        if (text.isBlank()) {
            return Answer.abstain(List.of(), NAME);
        }
        String context = question.hasEarlier() ? question.earlier() + " " + text : text;
        List<String> parts = QuestionParts.split(text);
        List<float[]> partVectors = parts.size() == 1 ? List.of(index.embed(context)) : parts.stream().map(index::embed).toList();
        // A two-part question searches with the mean of its parts: one embedding fewer, same neighbourhood.
        float[] vector = parts.size() == 1 ? partVectors.get(0) : Index.mean(partVectors);
        Set<String> named = references.in(text);
        List<Passage> passages = passages(context, vector, named);
        List<Choice> chosen = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            float[] partVector = partVectors.get(i);
            Map<String, Double> weights = scorer.weights(part, question.earlier());
            // "BUSINESS 2.0's table" names the article; its outlet's words say nothing about the answer.
            references.namesIn(part).forEach(name -> weights.keySet().removeAll(index.lexicon().terms(name)));
            AnswerType type = AnswerType.of(part);
            List<Scored> ranked = scorer.score(part, type, passages, partVector, weights, named);
            ranked.stream().limit(EVIDENCE_PER_PART).forEach(s -> evidence.add(
                    new Evidence(s.sentence().docId(), s.sentence().text(), s.score(), s.detail())));
            policy.choose(part, type, weights, ranked).ifPresent(best -> {
                addNew(chosen, best, ranked, type);
                companion(best, ranked).ifPresent(c -> addNew(chosen, c, ranked, type));
            });
        }
        return chosen.isEmpty() ? Answer.abstain(evidence, NAME) : compose(chosen, evidence);
    }

    /** The top passages, plus the best ones of any article the question names. */
    private List<Passage> passages(String context, float[] vector, Set<String> named) {
        List<Passage> passages = new ArrayList<>(index.retrieve(context, vector, top));
        if (!named.isEmpty()) {
            Set<byline.corpus.Chunk> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            passages.forEach(p -> seen.add(p.chunk()));
            index.retrieveWithin(context, vector, top, named).stream()
                    .filter(p -> seen.add(p.chunk())).forEach(passages::add);
        }
        return passages;
    }

    /**
     * A second sentence of the same article that scores nearly as well and says something else: answers often
     * span two sentences, and the same article keeps the citation honest.
     */
    private Optional<Scored> companion(Scored best, List<Scored> ranked) {
        float[] v = index.sentenceVector(best.sentence());
        return ranked.stream()
                .filter(s -> s.sentence() != best.sentence() && s.fits())
                .filter(s -> s.sentence().docId().equals(best.sentence().docId()))
                .filter(s -> s.score() >= COMPANION_RATIO * best.score())
                .filter(s -> Index.cosine(v, index.sentenceVector(s.sentence())) < REDUNDANT)
                .findFirst();
    }

    /** An answering sentence and the sentences of other articles that state the same. */
    private record Choice(Scored scored, List<Sentence> agreeing) {
    }

    private void addNew(List<Choice> chosen, Scored s, List<Scored> ranked, AnswerType type) {
        if (chosen.stream().noneMatch(c -> c.scored().sentence() == s.sentence())) {
            chosen.add(new Choice(s, policy.agreeing(s, ranked, type)));
        }
    }

    private Answer compose(List<Choice> chosen, List<Evidence> evidence) {
        CitationBuilder citations = new CitationBuilder(articles);
        List<AnswerSentence> sentences = new ArrayList<>();
        Set<Sentence> used = new HashSet<>();
        int agreeingArticles = 0;
        for (Choice choice : chosen) {
            Scored s = choice.scored();
            Set<Integer> refs = new LinkedHashSet<>();
            refs.add(citations.cite(s.sentence()));
            List<Sentence> agreeing = choice.agreeing();
            for (Sentence other : agreeing) {
                refs.add(citations.cite(other));
            }
            if (sentences.isEmpty()) {
                agreeingArticles = 1 + agreeing.size();
            }
            add(sentences, used, s.sentence(), new ArrayList<>(refs));
            continuation(s.sentence()).ifPresent(next -> add(sentences, used, next, List.of(citations.cite(next))));
        }
        String lead = agreeingArticles > 1 ? agreeingArticles + " articles report this." : "";
        return new Answer(lead, sentences, citations.citations(), false, evidence, NAME);
    }

    private static void add(List<AnswerSentence> out, Set<Sentence> used, Sentence s, List<Integer> refs) {
        if (used.add(s)) {
            out.add(new AnswerSentence(s.text(), refs));
        }
    }

    /** A short sentence often leans on the next one ("It's the same loop … The difference: a 30-person …"). */
    private Optional<Sentence> continuation(Sentence s) {
        if (s.text().length() >= SHORT_SENTENCE || s.kind() == Sentence.Kind.TABLE_ROW) {
            return Optional.empty();
        }
        return index.next(s).filter(n -> n.paragraph() == s.paragraph() && n.kind() == s.kind());
    }
}
