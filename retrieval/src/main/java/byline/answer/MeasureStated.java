package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Business news gives several money measures side by side (revenue, profit, pay, a valuation), and the near miss
 * answers one with another: "revenue of $188 million" for a question about profit, "damages of 4.5 million" for a
 * salary. When a question asks the amount of one of these measures and none of the sentences the answer would show
 * ({@link Composer#shown}) names it, or a word news uses for the same measure, they give another measure. The
 * measures and their words are general English of business news, all in this file.
 */
final class MeasureStated implements ShownSentencesCheck.Rule {
    static final String OTHER_MEASURE = "the sentences that would answer give another measure than the one asked";

    /** A measure a question may name, and the words that state it in a sentence (a loss answers a profit question). */
    private record Measure(Pattern asked, Pattern stated) {
        boolean statedIn(Sentence s) {
            return stated.matcher(s.text()).find() || stated.matcher(s.heading()).find();
        }
    }

    private static final List<Measure> MEASURES = List.of(
            measure("revenues?|turnover", "revenues?|turnover|sales|takings"),
            measure("profits?", "profits?|profitable|earnings|net income|loss(?:es)?|lost|break ?even"),
            measure("loss(?:es)?", "loss(?:es)?|lost|lose|loses|losing|profits?"),
            measure("salar(?:y|ies)|wages?", "salar(?:y|ies)|wages?|pay|paid|earns?|earning|earnings"),
            measure("earnings", "earnings|earns?|earned|profits?|income|pay|wages?|salar(?:y|ies)"),
            measure("income", "income|earnings|earns?|earned|profits?|revenues?|pay|wages?|salar(?:y|ies)"),
            measure("valuation", "valuation|valued?|values|worth"),
            measure("rents?", "rents?|rental|rented"),
            measure("debts?", "debts?|borrowings?|owes?|owed|loans?"),
            measure("deficit", "deficit|shortfall|gap|overspend"));

    private static Measure measure(String asked, String stated) {
        return new Measure(Pattern.compile("\\b(?:" + asked + ")\\b"),
                Pattern.compile("(?i)\\b(?:" + stated + ")\\b"));
    }

    /** Only a part that asks an amount asks the measure's figure: "the deficit of work on…" names no sum. */
    @Override
    public boolean applies(QuestionPart part) {
        String q = part.text().toLowerCase(Locale.ROOT);
        return part.type() == AnswerType.AMOUNT && MEASURES.stream().anyMatch(m -> m.asked().matcher(q).find());
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        String q = part.text().toLowerCase(Locale.ROOT);
        boolean unstated = MEASURES.stream().filter(m -> m.asked().matcher(q).find())
                .anyMatch(m -> shown.stream().noneMatch(m::statedIn));
        return unstated ? Optional.of(OTHER_MEASURE) : Optional.empty();
    }
}
