package byline.answer;

import byline.corpus.Corpus;
import byline.retrieval.Passage;
import byline.retrieval.Retriever;
import byline.retrieval.SentenceIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The answer stages' view of a question, as the training command needs it: each part's candidate sentences
 * with their features, and, given a ranker, the answerability features of the best one. It runs the same
 * analysis, retrieval and feature code as {@link ExtractiveAnswerer}, so what is learned is what runs.
 */
public final class TrainingRows {
    /** One question part and its candidates, in retrieval order. */
    public record Part(QuestionPart part, List<Candidate> candidates) {
    }

    private final QuestionAnalyzer analyzer;
    private final PassageRetrieval retrieval;
    private final Features features;
    private final AnswerabilityFeatures answerability;

    public TrainingRows(Retriever retriever, SentenceIndex sentences, Corpus corpus, int top) {
        this.analyzer = new EnglishQuestionAnalyzer(retriever, sentences.lexicon(), corpus);
        this.retrieval = new PassageRetrieval(retriever, top);
        this.features = new Features(sentences, corpus.byId());
        this.answerability = new AnswerabilityFeatures(sentences, corpus.byId());
    }

    /** The names of the ranker's features, in order. */
    public static List<String> rankerFeatures() {
        return Features.NAMES;
    }

    /** The names of the answerability model's features, in order. */
    public static List<String> answerabilityFeatures() {
        return AnswerabilityFeatures.NAMES;
    }

    public List<Part> of(String question) {
        QuestionAnalysis analysis = analyzer.analyze(new Question(question));
        if (analysis.isEmpty()) {
            return List.of();
        }
        List<Passage> passages = retrieval.passages(analysis);
        List<Part> out = new ArrayList<>();
        for (QuestionPart part : analysis.parts()) {
            out.add(new Part(part, features.candidates(part, passages)));
        }
        return out;
    }

    /** The part's candidates ranked by {@code ranker}, best first. */
    public List<Ranked> ranked(Part part, LinearModel ranker) {
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate c : part.candidates()) {
            ranked.add(new Ranked(c, ranker.score(c.features())));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ranked;
    }

    /** The answerability features of {@code ranked} (best first, not empty). */
    public double[] answerability(Part part, List<Ranked> ranked) {
        return answerability.of(part.part(), ranked);
    }
}
