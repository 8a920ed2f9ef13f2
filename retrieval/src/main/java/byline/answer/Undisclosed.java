package byline.answer;

import byline.corpus.Sentence;
import byline.retrieval.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops the candidates that say what the question asks was not disclosed: asked "how much did the council pay for
 * the depot?", "the council did not say how much it paid for the depot" holds every word of the question and no
 * answer, while another sentence may still give one ("analysts put the price at …"). The learned stages cannot see
 * this (their training questions rarely meet such a sentence), so the check is a rule on {@link Withheld}'s spans:
 * the question is about the withheld thing when one of its names is found only in the span, or when one of its
 * words is, or the span names the kind of value asked ("how many", "its value"), and the sentence states no value
 * of that kind elsewhere.
 */
final class Undisclosed {
    /** Span words that stand for a withheld value of each kind. */
    private static final Pattern AMOUNT = Pattern.compile("(?i)\\bhow (?:much|large|big)\\b|"
            + "\\b(?:value|cost|price|figure|amount|sum|terms|size)\\b");
    /** A count's words: not a price or a value, which are sums of money. */
    private static final Pattern COUNT = Pattern.compile("(?i)\\bhow (?:many|large|big)\\b|"
            + "\\b(?:figure|size|number|total)\\b");
    private static final Pattern WHEN = Pattern.compile("(?i)\\bwhen\\b|\\b(?:date|timing|timetable)\\b");
    private static final Pattern HOW_LONG = Pattern.compile("(?i)\\bhow long\\b");
    private static final Pattern WHERE = Pattern.compile("(?i)\\bwhere\\b");
    private static final Pattern WHY = Pattern.compile("(?i)\\bwhy\\b|\\breasons?\\b|\\bexplain");
    /** A why-question: its kind of answer, a reason, has no {@link AnswerType} of its own. */
    private static final Pattern WHY_QUESTION = Pattern.compile("(?i)^\\W*why\\b|\\bwhat (?:was|is) the reason\\b");
    private static final Pattern NOTHING = Pattern.compile("(?!)");
    /** The start of an unnamed one besides others: "another analyst", "a second source". */
    private static final Pattern ANOTHER = Pattern.compile("(?i)(?:another|a second|a third|one other)\\b");
    /** A question that asks who or which one: what an unnamed person or thing withholds. */
    private static final Pattern IDENTITY = Pattern.compile("(?i)^\\W*(?:which|who|whom|whose)\\b|\\bname\\b");

    private final Lexicon lexicon;
    private final double hedgeGap;

    /** @param hedgeGap the ranker's own margin of doubt ({@link AnswerModels#hedgeGap()}) */
    Undisclosed(Lexicon lexicon, double hedgeGap) {
        this.lexicon = lexicon;
        this.hedgeGap = hedgeGap;
    }

    /**
     * {@code ranked} without the sentences that withhold what {@code part} asks, in the same order; nothing when the
     * best one withholds it, or one of the best's article the ranker scores within its margin of doubt of the best.
     * The question then has its best match in a sentence saying the article does not tell, and a runner-up answers
     * it only by accident. Keeping the runners-up that scored near it, for a reporter's "declined to say; analysts put
     * it at …", answered 21 of the held-out unanswerable news questions (and one SQuAD training question) for one
     * right answer they gave; keeping the best when a withholding sentence scored within the margin answered 31 more
     * for 8 right answers (2 and 2 in SQuAD training). A withholding sentence of another article says nothing of what
     * the best's article tells.
     */
    List<Ranked> without(QuestionPart part, List<Ranked> ranked) {
        List<Ranked> kept = new ArrayList<>();
        for (Ranked r : ranked) { // each sentence is read once
            if (!withholds(part, r.sentence())) {
                kept.add(r);
            } else if (r.score() >= ranked.get(0).score() - hedgeGap
                    && r.sentence().docId().equals(ranked.get(0).sentence().docId())) {
                return List.of();
            }
        }
        return kept;
    }

    boolean withholds(QuestionPart part, Sentence sentence) {
        if (part.type() == AnswerType.OUTLET) {
            return false; // who reported a figure is told where the figure is not: outlets report what firms withhold
        }
        String text = sentence.text();
        Pattern kind = kindWords(part);
        for (Withheld.Span span : Withheld.spans(text)) {
            String withheld = span.of(text);
            if (span.naming() && (!asksIdentity(part) || anotherThanNamed(part, withheld, text))) {
                continue;
            }
            if (span.naming() && namesAskedThing(part, withheld)) {
                return true; // "which firm…?" and "…but would not name the firm"
            }
            Set<String> inSpan = lexicon.terms(withheld);
            Set<String> rest = lexicon.terms(text.substring(0, span.start()) + " " + text.substring(span.end()));
            boolean kindWithheld = kind.matcher(withheld).find();
            if (nameOnlyInSpan(part, inSpan, rest) && (!counts(part) || kindWithheld)) {
                return true;
            }
            if ((onlyInSpan(part, inSpan, rest) || kindWithheld) && !valueOutside(part, sentence, span)) {
                return true;
            }
        }
        return false;
    }

    /** A sum or a count: a withheld price is a withheld sum, but a withheld cost is no withheld head count. */
    private static boolean counts(QuestionPart part) {
        return part.type() == AnswerType.AMOUNT || part.type() == AnswerType.COUNT;
    }

    /**
     * "Another analyst, who asked not to be named" is one more besides those the article names, so it is not the one
     * a question picks out by a name the sentence lacks ("which Acme Research analyst…").
     */
    private static boolean anotherThanNamed(QuestionPart part, String span, String text) {
        List<String> names = AnswerType.namesAndNumbers(part.text());
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return ANOTHER.matcher(span).lookingAt() && !names.isEmpty() && names.stream().noneMatch(lower::contains);
    }

    /** Whether the unnamed one is the thing a "which" question asks for, by its word ("the two schools"). */
    private static boolean namesAskedThing(QuestionPart part, String withheld) {
        return ThingNamed.asked(part.text()).filter(a -> a.word().matcher(withheld).find()).isPresent();
    }

    private static boolean asksIdentity(QuestionPart part) {
        return part.type() == AnswerType.PERSON || part.type() == AnswerType.NAME
                || IDENTITY.matcher(part.text()).find();
    }

    /** A question word the sentence has only where it says it was withheld. */
    private static boolean onlyInSpan(QuestionPart part, Set<String> inSpan, Set<String> rest) {
        return part.weights().keySet().stream().anyMatch(q -> inSpan.contains(q) && !rest.contains(q));
    }

    /**
     * A name of the question the sentence has only where it says it was withheld: "the Lindell price was not
     * disclosed" withholds Lindell's price whatever else the sentence prices.
     */
    private boolean nameOnlyInSpan(QuestionPart part, Set<String> inSpan, Set<String> rest) {
        for (String name : AnswerType.namesAndNumbers(part.text())) {
            Set<String> terms = lexicon.terms(name);
            if (!terms.isEmpty() && inSpan.containsAll(terms) && terms.stream().noneMatch(rest::contains)) {
                return true;
            }
        }
        return false;
    }

    private static Pattern kindWords(QuestionPart part) {
        if (part.type() == AnswerType.ANY && WHY_QUESTION.matcher(part.text()).find()) {
            return WHY;
        }
        return switch (part.type()) {
            case AMOUNT -> AMOUNT;
            case COUNT -> COUNT;
            case DATE -> WHEN;
            case DURATION -> HOW_LONG;
            case PLACE -> WHERE;
            case AGE, FREQUENCY, PERSON, NAME, OUTLET, PHONE, ANY -> NOTHING;
        };
    }

    /** A value of the asked kind outside the span: "did not say how large the share was, but put it at 15%". */
    private static boolean valueOutside(QuestionPart part, Sentence sentence, Withheld.Span span) {
        String text = sentence.text();
        return part.type().valueSpans(sentence, part.text()).stream()
                .filter(v -> v[1] <= span.start() || v[0] >= span.end())
                .anyMatch(v -> ofAskedKind(part, text, v));
    }

    /**
     * Whether the figure at {@code v} can be what a question of this type asks: a count is what
     * {@link Quantities#countable} counts, as {@link ValueCheck} reads it ("40 percent faster" says nothing of how
     * many), a length of time comes with its unit ("two plants" says nothing of how long).
     */
    private static boolean ofAskedKind(QuestionPart part, String text, int[] v) {
        return switch (part.type()) {
            case COUNT -> Quantities.countable(part.text(), text, v);
            case DURATION -> Quantities.countsTime(text, v);
            default -> true;
        };
    }
}
