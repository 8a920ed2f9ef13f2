package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Business news gives several money measures side by side (revenue, profit, pay, a valuation), and the near miss
 * answers one with another: "revenue of $188 million" for a question about profit, "damages of 4.5 million" for a
 * salary. When a question asks the amount of one of these measures and none of the sentences the answer would show
 * ({@link Composer#shown}) names it, or a word news uses for the same measure, they give another measure. The
 * measures and their words are {@link Measures}' knowledge.
 */
final class MeasureStated implements ShownSentencesCheck.Rule {
    static final String OTHER_MEASURE = "the sentences that would answer give another measure than the one asked";

    /** Only a part that asks an amount asks the measure's figure: "the deficit of work on…" names no sum. */
    @Override
    public boolean applies(QuestionPart part) {
        String q = part.text().toLowerCase(Locale.ROOT);
        return part.type() == AnswerType.AMOUNT
                && Measures.STATED.stream().anyMatch(m -> m.asked().matcher(q).find());
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        String q = part.text().toLowerCase(Locale.ROOT);
        boolean unstated = Measures.STATED.stream().filter(m -> m.asked().matcher(q).find())
                .anyMatch(m -> shown.stream().noneMatch(s -> statedIn(m, s)));
        return unstated ? Optional.of(OTHER_MEASURE) : Optional.empty();
    }

    private static boolean statedIn(Measures.Stated m, Sentence s) {
        return m.by().matcher(s.text()).find() || m.by().matcher(s.heading()).find();
    }
}
