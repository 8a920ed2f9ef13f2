package byline.answer;

import byline.corpus.Corpus;
import byline.retrieval.Lexicon;
import byline.retrieval.Retriever;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an English question: drops chat fillers, splits a two-part question, reads the kind of answer each part
 * wants, weighs its words by how rare they are in the corpus, and finds the articles it names. A follow-up
 * ({@link FollowUp}) also carries the topic just discussed: the articles the earlier answer cited, and that
 * answer's rarest words next to the earlier question's. Those words are also what a "that" pointing at the answer
 * stands for ("when was that announced?" after an answer about a mill bought by Globex).
 */
public final class EnglishQuestionAnalyzer implements QuestionAnalyzer {
    /** Words of the earlier turn help find a follow-up's passages but count less than the question's own. */
    static final double EARLIER_WEIGHT = 0.4;
    /**
     * How many of the earlier answer's words a follow-up carries: its rarest, which say what it was about
     * ("Globex", "mill") rather than how it was put. They count as the earlier question's words do
     * ({@link #EARLIER_WEIGHT}); a few keep the follow-up's own words in charge.
     */
    static final int TOPIC_WORDS = 5;
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");

    private final Retriever retriever;
    private final Lexicon lexicon;
    private final ArticleReferences references;
    private final Corpus corpus;
    private TrueCase trueCase;

    public EnglishQuestionAnalyzer(Retriever retriever, Lexicon lexicon, Corpus corpus) {
        this.retriever = retriever;
        this.lexicon = lexicon;
        this.references = new ArticleReferences(corpus.articles());
        this.corpus = corpus;
    }

    /**
     * Read from the articles on the first question typed in lower case (about a second at 10,000
     * articles), so that a bot starts without waiting for it.
     */
    private synchronized TrueCase trueCase() {
        if (trueCase == null) {
            trueCase = TrueCase.of(corpus.articles());
        }
        return trueCase;
    }

    @Override
    public QuestionAnalysis analyze(Question asked) {
        Question question = Pronouns.resolve(asked);
        String plain = Chat.plain(question.text());
        String text = TrueCase.uncased(plain) ? trueCase().apply(plain) : plain;
        if (text.isBlank()) {
            return new QuestionAnalysis("", "", new float[0], List.of(), Set.of(), Set.of());
        }
        boolean followUp = FollowUp.is(asked, question);
        String earlier = followUp ? (question.earlier() + " " + topicWords(question, text)).strip()
                : question.earlier();
        String context = earlier.isEmpty() ? text : earlier + " " + text;
        List<String> texts = QuestionParts.split(text);
        List<QuestionPart> parts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String part = texts.get(i);
            // "…, and what's the most it can hold?": a later part that leans on the first for its subject reads
            // with it, as a follow-up reads with the question before it
            boolean leans = i > 0 && Pronouns.refersBack(part);
            String partEarlier = leans ? (earlier + " " + texts.get(i - 1)).strip() : earlier;
            String searched = texts.size() == 1 ? context : leans ? texts.get(i - 1) + " " + part : part;
            float[] vector = retriever.embed(searched);
            // The words naming an article say which article, not which fact: the part's content is the rest.
            String content = references.withoutReferences(part);
            parts.add(new QuestionPart(content, AnswerType.of(part), weights(content, partEarlier), vector));
        }
        // A two-part question searches with the mean of its parts: one embedding fewer, same neighbourhood.
        float[] vector = parts.size() == 1 ? parts.get(0).vector()
                : byline.retrieval.Vectors.mean(parts.stream().map(QuestionPart::vector).toList());
        Set<String> outlets = new java.util.HashSet<>();
        references.namesIn(text).forEach(o -> outlets.add(o.toLowerCase(java.util.Locale.ROOT)));
        Set<String> topic = followUp ? new java.util.LinkedHashSet<>(question.earlierSources()) : Set.of();
        return new QuestionAnalysis(text, context, vector, parts, references.in(text), outlets, followUp, topic);
    }

    /**
     * The earlier answer's {@link #TOPIC_WORDS} rarest words that neither question uses, as they were written (so
     * that retrieval reads them as it reads any question), in the answer's order. Numbers are values, not topics.
     */
    private String topicWords(Question question, String text) {
        Set<String> asked = lexicon.queryTerms(question.earlier() + " " + text);
        Map<String, String> words = new LinkedHashMap<>(); // term -> first word written for it
        for (String sentence : question.earlierAnswer()) {
            for (String word : sentence.split("[^\\p{L}\\p{N}'’-]+")) {
                if (DIGIT.matcher(word).find()) {
                    continue;
                }
                for (String t : lexicon.queryTerms(word)) {
                    if (lexicon.known(t) && !asked.contains(t)) {
                        words.putIfAbsent(t, word);
                    }
                }
            }
        }
        Set<String> rarest = new java.util.HashSet<>(words.keySet().stream()
                .sorted(java.util.Comparator.comparingDouble(lexicon::idf).reversed()).limit(TOPIC_WORDS).toList());
        return String.join(" ", words.entrySet().stream().filter(e -> rarest.contains(e.getKey()))
                .map(Map.Entry::getValue).distinct().toList());
    }

    /** Question terms with their weights: IDF, lowered for the earlier turn. */
    private Map<String, Double> weights(String part, String earlier) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (String t : lexicon.queryTerms(earlier)) {
            w.put(t, EARLIER_WEIGHT * lexicon.idf(t));
        }
        for (String t : lexicon.queryTerms(part)) {
            w.put(t, lexicon.idf(t));
        }
        return w;
    }
}
