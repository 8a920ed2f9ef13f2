package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import byline.retrieval.SentenceIndex;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A year the question names pins down which fact it asks about ("who won the 1998 final?"). When neither the
 * sentences the answer would show nor the sentences beside them and their heading state that year, they are about
 * another year's fact, however well they match: the near miss that swaps a date. Another year stated outright is
 * {@link Constraints}' conflict; this rule reads the year left unsaid. "Last year" asks for the year before the
 * article's own and "next year" the one after, which news states as "last year", "a year earlier", "next year" or by
 * number; a sentence that says none of them gives this year's fact.
 */
final class YearStated implements ShownSentencesCheck.Rule {
    static final String NO_YEAR = "the year asked about is not in the sentences that would answer";

    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)s?\\b");
    /**
     * A part of a year named without its number: "fourth-quarter revenue", "Q4", "the first half", "full-year
     * profit". News reports such figures once the period is over, so an article of early March gives last year's
     * fourth quarter and full year as readily as this year's first months.
     */
    private static final Pattern PERIOD_OF_A_YEAR = Pattern.compile("(?i)\\b(?:first|second|third|fourth|1st|2nd|3rd|"
            + "4th)[- ]quarter\\b|\\bQ[1-4]\\b|\\b(?:first|second) half\\b|\\bfull[- ]year\\b"
            + "|\\b(?:fiscal|financial) year\\b");

    private final SentenceIndex sentences;
    private final Map<String, Article> articles;

    YearStated(SentenceIndex sentences, Map<String, Article> articles) {
        this.sentences = sentences;
        this.articles = articles;
    }

    /**
     * A year asked by its distance from the article's own: "last year" the one before, "next year" the one after. Not
     * someone's own last year ("in their last year" at school), a stretch of time ("over the next year and a half"),
     * nor a change measured against it ("how much more than a year ago", "up on last year").
     *
     * @param asked  how a question asks it
     * @param stated how news says that year without a number
     * @param offset that year's distance from the article's year
     */
    private record Relative(Pattern asked, Pattern stated, int offset) {
        private static final String NOT_AFTER = "(?<!\\b(?:the|their|his|her|its|my|our|your|than|from|since|on|"
                + "over|with|versus|vs\\.?) )";

        static final List<Relative> ALL = List.of(
                new Relative(Pattern.compile("(?i)" + NOT_AFTER + "\\b(?:last year|a year ago)\\b"),
                        Pattern.compile("(?i)\\b(?:last year|a year (?:ago|earlier|before)|the (?:previous|prior) "
                                + "year|the year before)\\b"), -1),
                new Relative(Pattern.compile("(?i)" + NOT_AFTER + "\\bnext year\\b"),
                        Pattern.compile("(?i)\\b(?:next year|the (?:coming|following) year)\\b"), 1));
    }

    @Override
    public boolean applies(QuestionPart part) {
        return YEAR.matcher(part.text()).find() || relative(part).isPresent();
    }

    private static Optional<Relative> relative(QuestionPart part) {
        return Relative.ALL.stream().filter(r -> r.asked().matcher(part.text()).find()).findFirst();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        String around = String.join(" ", shown.stream().map(s -> Features.textAround(sentences, s)).toList());
        if (!YEAR.matcher(part.text()).find()) {
            Relative r = relative(part).orElseThrow();
            Set<String> year = published(shown).stream().map(y -> String.valueOf(Integer.parseInt(y) + r.offset()))
                    .collect(Collectors.toSet());
            return r.stated().matcher(around).find() || years(around).stream().anyMatch(year::contains)
                    ? Optional.empty() : Optional.of(NO_YEAR);
        }
        Set<String> asked = years(part.text());
        Set<String> stated = years(around);
        if (stated.isEmpty()) {
            stated = published(shown);
            if (PERIOD_OF_A_YEAR.matcher(around).find()) { // results are reported once their period has ended
                stated = stated.stream().flatMap(YearStated::andTheYearBefore).collect(Collectors.toSet());
            }
        }
        return asked.stream().anyMatch(stated::contains) ? Optional.empty() : Optional.of(NO_YEAR);
    }

    /**
     * The years the shown sentences' articles were published in: news dates "on Tuesday 10 March" by its own date, so
     * a sentence with no year around it is about the year it was written in.
     */
    private Set<String> published(List<Sentence> shown) {
        return shown.stream().map(s -> articles.get(s.docId())).filter(java.util.Objects::nonNull)
                .map(a -> years(a.published())).flatMap(Set::stream).collect(Collectors.toSet());
    }

    private static Stream<String> andTheYearBefore(String year) {
        return Stream.of(year, String.valueOf(Integer.parseInt(year) - 1));
    }

    private static Set<String> years(String text) {
        Matcher m = YEAR.matcher(text);
        return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    }
}
