package byline.answer;

import byline.corpus.Corpus;
import byline.retrieval.Passage;
import byline.retrieval.Retriever;
import byline.retrieval.SentenceIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The default, offline answerer, read as its stages: question analysis, retrieval (once per question),
 * candidate sentences with their features, learned ranking, for a follow-up dropping what was just said,
 * learned answerability, composition. Each stage is
 * one small type wired here; a test can replace any of them.
 */
public final class ExtractiveAnswerer implements Answerer {
    public static final String NAME = "extractive";
    /** Candidates kept per part for {@code :why}. */
    private static final int EVIDENCE_PER_PART = 6;

    private final QuestionAnalyzer analyzer;
    private final PassageRetrieval retrieval;
    private final Features features;
    private final Ranker ranker;
    private final Narrowing narrowing;
    private final Answerability answerability;
    private final Composer composer;
    private final AlreadySaid alreadySaid;
    private final ArticleFacts articleFacts;
    private final Mentions mentions;

    /**
     * @param top how many retrieved passages to consider
     */
    public ExtractiveAnswerer(Retriever retriever, SentenceIndex sentences, Corpus corpus, AnswerModels models,
                              int top) {
        this(retriever, sentences, corpus, models, top, new Composer(sentences, corpus.byId(), models.hedgeGap()));
    }

    private ExtractiveAnswerer(Retriever retriever, SentenceIndex sentences, Corpus corpus, AnswerModels models,
                               int top, Composer composer) {
        this(new EnglishQuestionAnalyzer(retriever, sentences.lexicon(), corpus), new PassageRetrieval(retriever, top),
                new Features(sentences, corpus.byId()), new LearnedRanker(models.ranker()),
                new Narrowing(new NamedArticles(corpus.byId()), new SlotWords(), new AgeBeside(),
                        new Undisclosed(sentences.lexicon(), models.hedgeGap())),
                new ShownSentencesCheck(
                        learnedAndChecked(models, new AnswerabilityFeatures(sentences, corpus.byId()), sentences,
                                corpus),
                        composer, List.of(new ValueCheck(), new Unsettled(), new YearStated(sentences, corpus.byId()),
                        new FigureTime(corpus.byId()), new PeriodStated(),
                        new SlotStated(), new TimeStated(), new TimeUnitStated(), new MeasureStated(),
                        new HolderNamed(), new AuthorNamed(), new ThingNamed(), new AdviceGiven(),
                        new OppositeStated())),
                composer, new AlreadySaid(sentences.lexicon()),
                new ArticleFacts(corpus.byId(), sentences), new Mentions(retriever, corpus.byId(), sentences));
    }

    private static Answerability learnedAndChecked(AnswerModels models, AnswerabilityFeatures features,
                                                  SentenceIndex sentences, Corpus corpus) {
        Answerability learned = new LearnedAnswerability(models.answerability(), models.threshold(), features);
        return new NamesAround(new AgeStated(new ThingStated(new HolderStated(learned, features), features)),
                sentences, corpus.byId());
    }

    ExtractiveAnswerer(QuestionAnalyzer analyzer, PassageRetrieval retrieval, Features features, Ranker ranker,
                       Narrowing narrowing, Answerability answerability,
                       Composer composer, AlreadySaid alreadySaid, ArticleFacts articleFacts, Mentions mentions) {
        this.analyzer = analyzer;
        this.retrieval = retrieval;
        this.features = features;
        this.ranker = ranker;
        this.narrowing = narrowing;
        this.answerability = answerability;
        this.composer = composer;
        this.alreadySaid = alreadySaid;
        this.articleFacts = articleFacts;
        this.mentions = mentions;
    }

    /**
     * The answer and the passages it was chosen from: an LLM answerer shows the model the same passages
     * instead of retrieving again.
     *
     * @param settled whether the answer is about the articles themselves (an article's author, date, outlet or
     *                opening; which articles mention something), taken straight from them: an LLM has nothing to
     *                add to it
     */
    public record Reading(Answer answer, List<Passage> passages, boolean settled) {
    }

    @Override
    public Answer answer(Question question) {
        return read(question).answer();
    }

    /** The best candidates of a part for {@code :why}, the first with the verdict on the part. */
    private static List<Evidence> evidence(List<Ranked> ranked, String verdict) {
        List<Evidence> out = new ArrayList<>();
        for (Ranked r : ranked.subList(0, Math.min(EVIDENCE_PER_PART, ranked.size()))) {
            String detail = out.isEmpty() ? verdict + "; " + r.detail() : r.detail();
            out.add(new Evidence(r.sentence().docId(), r.sentence().text(), r.score(), detail));
        }
        return out;
    }

    /** Answers {@code question} and keeps the retrieved passages. */
    public Reading read(Question question) {
        QuestionAnalysis analysis = analyzer.analyze(question);
        if (analysis.isEmpty()) {
            return new Reading(Answer.abstain(List.of(), NAME), List.of(), false);
        }
        Optional<Answer> mentioned = mentions.answer(analysis, NAME); // searches for what it names itself
        if (mentioned.isPresent()) {
            return new Reading(mentioned.get(), List.of(), true);
        }
        List<Passage> passages = retrieval.passages(analysis);
        Optional<Answer> aboutArticle = articleFacts.answer(analysis, passages, NAME);
        if (aboutArticle.isPresent()) {
            return new Reading(aboutArticle.get(), passages, true);
        }
        List<Composer.Answered> answered = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (QuestionPart part : analysis.parts()) {
            List<Ranked> candidates = alreadySaid.without(
                    ranker.rank(analysis, part, features.candidates(part, passages)), analysis, question);
            List<Ranked> ranked = narrowing.of(part, candidates);
            if (ranked.isEmpty()) { // the candidates stay visible to :why, with the reason none can answer
                evidence.addAll(evidence(candidates, Narrowing.WITHHELD));
                continue;
            }
            Answerability.Verdict verdict = answerability.judge(part, ranked);
            evidence.addAll(evidence(ranked, verdict.detail()));
            if (verdict.answers()) {
                answered.add(new Composer.Answered(part, ranked));
            }
        }
        return new Reading(answered.isEmpty() ? Answer.abstain(evidence, NAME) : composer.compose(answered, evidence),
                passages, false);
    }
}
