package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The answer-type check: "how many", "how much", "how old", "who" and "what is it called" are answered by a value
 * of their kind. When none of the sentences the answer would show (the best, what continues it, a supplement or
 * close runner-up: {@link Composer#shown}) states one, the articles do not give it, however well the sentence
 * matches the question's words: that sentence is the near miss ("the council opened a hardship fund" for "how much
 * is in the fund?"). The learned model reads the same fact as one feature among many and weighs it lightly,
 * because its training questions rarely meet such a sentence; so it is a check here.
 * <p>
 * What counts as the value depends on the question: a count a quantity the question lacks, not a percentage ("rose
 * 40 percent" does not say how many); an amount of money ("how much does it cost?", "what was its revenue?") a sum
 * or a share of one ({@link Money}: "the arena seats 12,000" does not say how much the tour earned); an age an age
 * ({@link Ages}: "scored 21 goals" does not say how old the striker is); a share a percentage, a fraction or a
 * ratio ("what percentage backed it?" is not answered by "the vote was 7–4"); a length ("how tall", "how far from")
 * a figure in a unit of length ({@link Lengths}); a name ("what is it called", "who") a capitalised name or quoted
 * term the question lacks, except where the article's own outlet or author may be the answer ("who said…"). "How
 * long" wants anything said of time or of a length ({@link TimeStated#statesTimeOrLasting}, {@link Lengths}), not a
 * number: counted on held-out questions and the dev sets, a check for a number turned away right answers ("since
 * the spring" answers "how long" without one). "When" stays with the model and {@link TimeStated}.
 */
final class ValueCheck implements ShownSentencesCheck.Rule {
    static final String NO_FIGURE = "no figure in the sentences that would answer";
    static final String NO_PHONE = "no telephone number in the sentences that would answer";
    static final String NO_SUM = "no sum of money or share (of what was asked) in the sentences that would answer";
    static final String NO_SHARE = "no percentage or share in the sentences that would answer";
    static final String NO_AGE = "no age in the sentences that would answer";
    static final String NO_LENGTH = "no length or distance in the sentences that would answer";
    static final String NO_NAME = "no name in the sentences that would answer";
    static final String NO_DURATION = "nothing about time or length in the sentences that would answer";

    /**
     * "Who said…", "whose reading…": the article's own outlet or author may be the answer, and the sentence that says
     * it need not name them.
     */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)\\b(?:says?|said|"
            + "told|tells|wrote|writes|written|reported|reports|argued?|argues|claimed?|claims|warned|warns|called|"
            + "calls|described?|describes|noted|notes|believes?|thinks?|thought|framed?|frames|view|views|reading|"
            + "take|analysis|opinion|according)\\b");

    /** What a shown sentence must state to answer a part, and the reason given when none does. */
    private record Wanted(Predicate<Sentence> statedBy, String reason) {
    }

    /**
     * What a sentence must state to give the value {@code part} asks for, when it asks for one: the composer reads
     * it too, to show the sentence after the best when that one gives the value ("…died at her home on 2 March.
     * She was 87.").
     */
    static Optional<Predicate<Sentence>> valueAsked(QuestionPart part) {
        return wanted(part).map(Wanted::statedBy);
    }

    @Override
    public boolean applies(QuestionPart part) {
        return wanted(part).isPresent();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        return wanted(part).filter(w -> shown.stream().noneMatch(w.statedBy())).map(Wanted::reason);
    }

    /**
     * A number of things: not only a percentage ("40 percent fewer moths" does not say how many moths), a sum ("pay
     * £750 a year" does not say how many signed up) or a word that says only that there were some or many ("several
     * shops closed").
     */
    private static boolean countStated(String question, String text) {
        boolean asksTime = Quantities.asksTime(question);
        return Quantities.spans(question, text).stream()
                .anyMatch(v -> Quantities.countable(question, text, v) && !Quantities.isVague(text, v)
                        && (asksTime || !Quantities.countsTime(text, v)));
    }

    /** The part's kind of value; money and ages are read more narrowly than {@link AnswerType#fits} reads them. */
    private static Optional<Wanted> wanted(QuestionPart part) {
        String question = part.text();
        Predicate<Sentence> fits = s -> part.type().fits(s, question);
        return switch (part.type()) {
            case AMOUNT -> Optional.of(Money.shareAsked(question)
                    ? new Wanted(s -> Money.shareStatedIn(s.text()), NO_SHARE)
                    : Money.asked(question) ? new Wanted(s -> Money.statedIn(question, s.text()), NO_SUM)
                    : Lengths.asked(question) ? new Wanted(fits, NO_LENGTH)
                    : new Wanted(fits, NO_FIGURE));
            case COUNT -> Optional.of(new Wanted(s -> fits.test(s) && countStated(question, s.text()), NO_FIGURE));
            case PHONE -> Optional.of(new Wanted(fits, NO_PHONE));
            case AGE -> Optional.of(new Wanted(s -> Ages.statedIn(s.text()), NO_AGE));
            case NAME -> Optional.of(new Wanted(fits, NO_NAME));
            case PERSON -> ATTRIBUTION.matcher(question).find()
                    ? Optional.empty() : Optional.of(new Wanted(fits, NO_NAME));
            case DURATION -> Optional.of(new Wanted(s -> TimeStated.statesTimeOrLasting(s.text())
                    || Lengths.statedIn(s.text()), NO_DURATION));
            case OUTLET, DATE, FREQUENCY, PLACE, ANY -> Optional.empty();
        };
    }
}
