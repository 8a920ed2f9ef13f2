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
 * wants, weighs its words by how rare they are in the corpus, and finds the articles it names.
 */
public final class EnglishQuestionAnalyzer implements QuestionAnalyzer {
    /** Words of the earlier turn help find a follow-up's passages but count less than the question's own. */
    static final double EARLIER_WEIGHT = 0.4;

    private final Retriever retriever;
    private final Lexicon lexicon;
    private final ArticleReferences references;

    public EnglishQuestionAnalyzer(Retriever retriever, Lexicon lexicon, Corpus corpus) {
        this.retriever = retriever;
        this.lexicon = lexicon;
        this.references = new ArticleReferences(corpus.articles());
    }

    @Override
    public QuestionAnalysis analyze(Question asked) {
        Question question = Pronouns.resolve(asked);
        String text = Chat.withoutFillers(question.text());
        if (text.isBlank()) {
            return new QuestionAnalysis("", "", new float[0], List.of(), Set.of(), Set.of());
        }
        String context = question.hasEarlier() ? question.earlier() + " " + text : text;
        List<String> texts = QuestionParts.split(text);
        List<QuestionPart> parts = new ArrayList<>();
        for (String part : texts) {
            float[] vector = retriever.embed(texts.size() == 1 ? context : part);
            // The words naming an article say which article, not which fact: the part's content is the rest.
            String content = references.withoutReferences(part);
            parts.add(new QuestionPart(content, AnswerType.of(part), weights(content, question.earlier()), vector));
        }
        // A two-part question searches with the mean of its parts: one embedding fewer, same neighbourhood.
        float[] vector = parts.size() == 1 ? parts.get(0).vector()
                : byline.retrieval.Vectors.mean(parts.stream().map(QuestionPart::vector).toList());
        Set<String> outlets = new java.util.HashSet<>();
        references.namesIn(text).forEach(o -> outlets.add(o.toLowerCase(java.util.Locale.ROOT)));
        return new QuestionAnalysis(text, context, vector, parts, references.in(text), outlets);
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
