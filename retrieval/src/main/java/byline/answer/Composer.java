package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import byline.retrieval.Vectors;
import byline.retrieval.SentenceIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The composition stage: leads with the sentence that answers, adds another only for what the first lacks (the
 * kind of answer asked for, the other part of a two-part question, the rest of a sentence that ends in a colon,
 * the lead-in of a list item: {@link Neighbours}) or when the ranker cannot tell the best two apart, merges
 * articles that state the same fact, and cites each article once.
 */
final class Composer {
    /** Two sentences this close in meaning say the same thing: the second is left out, or counts as agreeing. */
    static final double SAME_FACT = 0.80;
    /**
     * Two sentences are near-duplicates, whatever their cosine, when this share of the shorter one's words
     * (beyond the question's own, which every candidate shares) are in the other too: a second sentence that
     * mostly repeats the first adds nothing.
     */
    static final double SAME_WORDS = 0.5;
    /** A second sentence for a missing kind of answer must score within this many logits of the best. */
    static final double SUPPLEMENT_GAP = 1.0;
    /** An agreeing article's sentence must hold at least this share of what the best holds of the question. */
    static final double AGREEING_LEXICAL = 0.5;
    /** A sentence that opens by referring back to the one before it. */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "^\\W*(?:It|This|These|That|Those|He|She|They|Its|His|Her|Their|Such)\\b");
    /** How far down the ranking such a sentence may be and still be shown after the best. */
    static final int FOLLOWER_RANKS = 3;
    /** Opens an answer that shows two articles' differing reports of the asked fact. */
    static final String DIFFERING_LEAD = "2 articles report this differently.";

    private final SentenceIndex sentences;
    private final Neighbours neighbours;
    private final Map<String, Article> articles;
    private final double hedgeGap;

    /**
     * @param hedgeGap a runner-up within this many logits of the best is shown too (see {@link AnswerModels})
     */
    Composer(SentenceIndex sentences, Map<String, Article> articles, double hedgeGap) {
        this.sentences = sentences;
        this.neighbours = new Neighbours(sentences);
        this.articles = articles;
        this.hedgeGap = hedgeGap;
    }

    /** One answered part: its ranked candidates, the best first. */
    record Answered(QuestionPart part, List<Ranked> ranked) {
    }

    Answer compose(List<Answered> answered, List<Evidence> evidence) {
        CitationBuilder citations = new CitationBuilder(articles);
        List<AnswerSentence> out = new ArrayList<>();
        Set<Sentence> used = new HashSet<>();
        int reporting = 0;
        boolean differing = false;
        for (Answered a : answered) {
            Ranked best = a.ranked().get(0);
            List<Sentence> agreeing = agreeing(best, a);
            if (out.isEmpty()) {
                reporting = 1 + agreeing.size();
            }
            Set<Integer> refs = new LinkedHashSet<>();
            refs.add(citations.cite(best.sentence()));
            agreeing.forEach(s -> refs.add(citations.cite(s)));
            List<Sentence> shown = shown(a);
            differing = answered.size() == 1 && showsDifferingReport(a, shown);
            for (Sentence s : shown) {
                add(out, used, s, s == best.sentence() ? new ArrayList<>(refs) : List.of(citations.cite(s)));
            }
        }
        String lead = reporting > 1 ? reporting + " articles report this." : differing ? DIFFERING_LEAD : "";
        return new Answer(lead, out, citations.citations(), false, evidence, ExtractiveAnswerer.NAME);
    }

    /**
     * Whether {@code shown} holds, beside the best, another article's differing report of the asked fact: the
     * reader should know the two sentences are two accounts, not one.
     */
    private boolean showsDifferingReport(Answered a, List<Sentence> shown) {
        if (a.ranked().size() < 2) {
            return false;
        }
        Ranked best = a.ranked().get(0);
        Ranked second = a.ranked().get(1);
        return shown.contains(second.sentence()) && !second.sentence().docId().equals(best.sentence().docId())
                && differingReport(best, second, a.part());
    }

    /**
     * The sentences shown for one part, in order: the lead-in of a list item or the sentence naming who the best
     * one's pronoun stands for, the best sentence, the rest of it when
     * it ends in a colon or leans on the next, and a supplement for a missing kind of answer or a close runner-up.
     * The answerability checks read these, so that what they test is what the reader sees.
     */
    List<Sentence> shown(Answered a) {
        Ranked best = a.ranked().get(0);
        List<Sentence> out = new ArrayList<>();
        neighbours.leadIn(best.sentence()).or(() -> neighbours.antecedent(best.sentence())).ifPresent(out::add);
        out.add(best.sentence());
        List<Sentence> rest = neighbours.continuation(best.sentence());
        out.addAll(rest.isEmpty() ? follower(best, a).map(neighbours::withIntroduced).orElse(List.of()) : rest);
        out.addAll(supplement(best, a).or(() -> runnerUp(best, a)).map(neighbours::withIntroduced)
                .orElse(List.of()));
        return out;
    }

    private static void add(List<AnswerSentence> out, Set<Sentence> used, Sentence s, List<Integer> refs) {
        if (used.add(s)) {
            out.add(new AnswerSentence(s.text(), refs));
        }
    }

    /**
     * The next sentence of the best one's paragraph when it goes on about the same thing ("It was commissioned by
     * …", "This led to …") and either the ranker put it among the best few or it states the value the question
     * asks for and the best does not ("She was 87."): the fact is often told across the two.
     */
    private Optional<Sentence> follower(Ranked best, Answered a) {
        Sentence s = best.sentence();
        Predicate<Sentence> completes = ValueCheck.valueAsked(a.part()).filter(value -> !value.test(s))
                .orElse(n -> false);
        return sentences.next(s)
                .filter(n -> n.kind() == Sentence.Kind.PROSE && n.paragraph() == s.paragraph()
                        && n.docId().equals(s.docId()) && REFERS_BACK.matcher(n.text()).find())
                .filter(n -> completes.test(n)
                        || a.ranked().stream().skip(1).limit(FOLLOWER_RANKS).anyMatch(r -> r.sentence().equals(n)));
    }

    /**
     * When the best sentence lacks the kind of answer asked for (no date for "when"), a close runner-up that holds
     * one and says something else.
     */
    private Optional<Sentence> supplement(Ranked best, Answered a) {
        Candidate c = best.candidate();
        if (c.feature(Features.Name.TYPED) == 0 || c.feature(Features.Name.TYPE_FITS) > 0) {
            return Optional.empty();
        }
        return a.ranked().stream().skip(1)
                .takeWhile(r -> r.score() >= best.score() - SUPPLEMENT_GAP)
                .filter(r -> r.candidate().feature(Features.Name.TYPE_FITS) > 0)
                .filter(r -> !nearDuplicate(best.sentence(), r.sentence(), a.part()))
                .map(Ranked::sentence).findFirst();
    }

    /**
     * The second-best sentence when the ranker cannot tell it from the best and it says something else: the
     * reader sees both rather than a coin toss.
     */
    private Optional<Sentence> runnerUp(Ranked best, Answered a) {
        if (a.ranked().size() < 2 || a.ranked().get(1).score() < best.score() - hedgeGap) {
            return Optional.empty();
        }
        Ranked second = a.ranked().get(1);
        if (second.sentence().docId().equals(best.sentence().docId())) {
            return nearDuplicate(best.sentence(), second.sentence(), a.part())
                    ? Optional.empty() : Optional.of(second.sentence());
        }
        // Another article's sentence would add a source that may not state the answer, unless it is another
        // report of the same kind of fact with another value: the question fits both events, so both are shown.
        return differingReport(best, second, a.part()) ? Optional.of(second.sentence()) : Optional.empty();
    }

    /**
     * Whether {@code other}, of another article, tells what {@code best} tells (as much about the question, and
     * near-duplicate in meaning or words) with another value in the asked slot: "volunteers counted 9,000
     * visitors at the fair" and "… counted 12,500 visitors at the fair" report two fairs.
     */
    private boolean differingReport(Ranked best, Ranked other, QuestionPart part) {
        return other.candidate().feature(Features.Name.LEXICAL)
                >= AGREEING_LEXICAL * best.candidate().feature(Features.Name.LEXICAL)
                && nearDuplicate(best.sentence(), other.sentence(), part)
                && !sameAnswer(best.sentence(), other.sentence(), part.type());
    }

    /** Whether {@code b} says what {@code a} says: close in meaning, or mostly the same words. */
    private boolean nearDuplicate(Sentence a, Sentence b, QuestionPart question) {
        if (Vectors.cosine(sentences.sentenceVector(a), sentences.sentenceVector(b)) >= SAME_FACT) {
            return true;
        }
        Set<String> x = new HashSet<>(sentences.sentenceTerms(a));
        Set<String> y = new HashSet<>(sentences.sentenceTerms(b));
        x.removeAll(question.weights().keySet());
        y.removeAll(question.weights().keySet());
        return mostlySameWords(x, y);
    }

    /** Whether {@link #SAME_WORDS} of the shorter word set's words are in the other too. */
    static boolean mostlySameWords(Set<String> x, Set<String> y) {
        long shared = x.stream().filter(y::contains).count();
        int shorter = Math.min(x.size(), y.size());
        return shorter > 0 && shared / (double) shorter >= SAME_WORDS;
    }

    /**
     * Sentences of other articles that state what {@code best} states: close in meaning, about as much about the
     * question, and with the same value in the slot the question asks for (a shared number for dates and counts,
     * the same credited outlet for "which outlet").
     */
    private List<Sentence> agreeing(Ranked best, Answered a) {
        float[] v = sentences.sentenceVector(best.sentence());
        double lexical = best.candidate().feature(Features.Name.LEXICAL);
        List<Sentence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(best.sentence().docId()));
        for (Ranked r : a.ranked()) {
            Sentence s = r.sentence();
            if (!seen.contains(s.docId())
                    && r.candidate().feature(Features.Name.LEXICAL) >= AGREEING_LEXICAL * lexical
                    && Vectors.cosine(v, sentences.sentenceVector(s)) >= SAME_FACT
                    && sameAnswer(best.sentence(), s, a.part().type())) {
                out.add(s);
                seen.add(s.docId());
            }
        }
        return out;
    }

    private static boolean sameAnswer(Sentence a, Sentence b, AnswerType type) {
        return switch (type) {
            case OUTLET -> a.credited().equalsIgnoreCase(b.credited());
            case AGE, DURATION, DATE, COUNT, AMOUNT -> Constraints.shareNumber(a.text(), b.text());
            case FREQUENCY, PERSON, PLACE, NAME, PHONE, ANY -> Constraints.figuresAgree(a.text(), b.text());
        };
    }
}
