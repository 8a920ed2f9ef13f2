package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;

import java.util.List;
import java.util.Map;

/**
 * The fixture of the stages that may overturn a doubting model ({@link HolderStated}, {@link ThingStated},
 * {@link AgeStated}): a model that declines everything, and one best sentence of an article about a kiln.
 */
final class DoubtedBest {
    /** Declines every part, as the learned model does a sentence it doubts. */
    static final Answerability DOUBTFUL = (part, ranked) -> new Answerability.Verdict(false, 0.05, 0.13);

    private final FakeSentenceIndex index = new FakeSentenceIndex("kiln");

    /** What the stages read to tell whether the question's names are around the best sentence. */
    AnswerabilityFeatures features() {
        return new AnswerabilityFeatures(index, Map.of("kiln", new Article("kiln",
                "Harrowby Kilns opens a showroom in Ostley", "Valley Times", "2026-03-01", "", "", "body")));
    }

    /** {@code stage}'s verdict on {@code question} when {@code best} is the best candidate. */
    Answerability.Verdict judge(Answerability stage, String question, String best) {
        QuestionPart part = new QuestionPart(question, AnswerType.of(question), Map.of("kiln", 1.0), new float[] {1, 0});
        Sentence s = index.add(Sentence.Kind.PROSE, index.size(), best, 1, 0);
        return stage.judge(part, List.of(new Ranked(new Candidate(s, null,
                new double[Features.Name.values().length]), 1.0)));
    }
}
