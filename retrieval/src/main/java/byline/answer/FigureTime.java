package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * News gives a figure with the year or month it belongs to right beside it ("revenue of £29 million last year, up from
 * 2024"), and a near miss swaps the time: asked for 2024, the sentence's only sum is last year's. {@link YearStated}
 * sees the asked year stated and {@link Constraints} sees no conflict, since 2024 is there too; this rule reads which
 * time each figure is tied to. A count or an amount asked for a year (or a month) is declined when every figure the
 * shown sentences give has another year (or month) beside it. A figure with no time beside it, with a time of the other
 * kind, or with a year counted from another ("a year earlier") may be the one asked, so it lets the answer stand.
 * "Last year", "this year" and "next year" count from the year the sentence's article was published, in the question
 * as in the sentence.
 */
final class FigureTime implements ShownSentencesCheck.Rule {
    static final String OTHER_TIME = "the figures that would answer belong to another year or month than the one asked";

    /** How far from a figure a time may stand and still be its time: "287,650 crowns in the first quarter of 2026". */
    static final int NEAR = 40;

    /**
     * A year, "last year"/"this year"/"next year", a year counted from another (which no calendar fixes) or a month;
     * "May" only beside a day, since otherwise it is the verb.
     */
    private static final Pattern TIME = Pattern.compile("(?i)(?<![\\d,.])\\b(1[89]\\d\\d|20\\d\\d)\\b(?![,.]\\d|s\\b)"
            + "|\\b(last|this|next) year\\b"
            + "|\\b(?:a|one|the) year (?:earlier|before|ago)\\b|\\bthe (?:previous|prior|same) year\\b"
            + "|(?-i:\\b(January|February|March|April|June|July|August|September|October|November|December)\\b)"
            + "|(?-i:\\b(May)(?=\\s+\\d)|(?<=\\d\\s)(May)\\b)");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** Months are coded above years, so one set holds both kinds. */
    private static final int MONTH_CODE = 10_000;
    private static final Pattern PUBLISHED_YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d");
    /** A figure's time stops at the end of its clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:()\\[\\]]|, (?:and|but|while|whereas) ");

    private final Map<String, Article> articles;

    FigureTime(Map<String, Article> articles) {
        this.articles = articles;
    }

    @Override
    public boolean applies(QuestionPart part) {
        boolean figure = part.type() == AnswerType.COUNT || part.type() == AnswerType.AMOUNT
                || Money.asked(part.text());
        return figure && TIME.matcher(part.text()).find();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        boolean anyFigure = false;
        for (Sentence s : shown) {
            OptionalInt published = published(s);
            Set<Integer> asked = times(part.text(), published);
            if (asked.isEmpty()) {
                return Optional.empty(); // "last year" in an article with no date: nothing to compare
            }
            List<MatchResult> times = TIME.matcher(s.text()).results().toList();
            for (int[] figure : figures(part, s.text())) {
                anyFigure = true;
                Optional<Integer> tied = timeBeside(s.text(), times, figure, published);
                if (tied.isEmpty() || !conflicts(asked, tied.get())) {
                    return Optional.empty();
                }
            }
        }
        return anyFigure ? Optional.of(OTHER_TIME) : Optional.empty();
    }

    /**
     * Whether a figure's time differs from every time of its kind asked: a month against months, a year against
     * years.
     */
    private static boolean conflicts(Set<Integer> asked, int time) {
        boolean month = time >= MONTH_CODE;
        return asked.stream().anyMatch(t -> (t >= MONTH_CODE) == month) && !asked.contains(time);
    }

    /** The figures of {@code text} of the kind asked: a sum for money, a number of things for a count. */
    private static List<int[]> figures(QuestionPart part, String text) {
        List<int[]> all = Quantities.spans(part.text(), text);
        if (Money.asked(part.text())) {
            return all.stream().filter(f -> Money.isSum(text, f)).toList();
        }
        return part.type() != AnswerType.COUNT ? all
                : all.stream().filter(f -> Quantities.countsThings(text, f)).toList();
    }

    /**
     * The time the figure at {@code span} is tied to (a year, or {@link #MONTH_CODE} plus the month's index): the
     * first time after it in its clause ("$3.5 billion in 2027"), else the last one before it ("last year's 412,000
     * passengers"), within {@link #NEAR} characters and with no other figure between them. Empty when there is none,
     * or when it is counted from another year.
     */
    static Optional<Integer> timeBeside(String text, int[] span, OptionalInt published) {
        return timeBeside(text, TIME.matcher(text).results().toList(), span, published);
    }

    /** {@link #timeBeside(String, int[], OptionalInt)} with the times of {@code text} already found. */
    private static Optional<Integer> timeBeside(String text, List<MatchResult> times, int[] span,
                                                OptionalInt published) {
        int from = Math.max(clauseStart(text, span[0]), span[0] - NEAR);
        int to = Math.min(clauseEnd(text, span[1]), span[1] + NEAR);
        Optional<MatchResult> tied = times.stream()
                .filter(t -> t.start() >= span[1] && t.end() <= to && !figureBetween(text, span[1], t.start()))
                .findFirst()
                .or(() -> times.stream().filter(t -> t.end() <= span[0] && t.start() >= from
                        && !figureBetween(text, t.end(), span[0])).reduce((a, b) -> b));
        return tied.map(t -> time(t, published).orElse(-1)).filter(y -> y >= 0);
    }

    /** Whether another figure stands between {@code from} and {@code to}: "in 2026 and $3.5 billion". */
    private static boolean figureBetween(String text, int from, int to) {
        return DIGITS.matcher(text.substring(from, to)).find();
    }

    private static int clauseStart(String text, int at) {
        int start = 0;
        Matcher m = CLAUSE_END.matcher(text);
        while (m.find() && m.end() <= at) {
            start = m.end();
        }
        return start;
    }

    private static int clauseEnd(String text, int at) {
        Matcher m = CLAUSE_END.matcher(text);
        return m.find(at) ? m.start() : text.length();
    }

    /**
     * The times {@code text} names, coded as {@link #timeBeside} gives them; relative years placed by
     * {@code published}.
     */
    static Set<Integer> times(String text, OptionalInt published) {
        return TIME.matcher(text).results().map(r -> time(r, published)).flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    private static Optional<Integer> time(MatchResult m, OptionalInt published) {
        if (m.group(1) != null) {
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        for (int g = 3; g <= 5; g++) {
            if (m.group(g) != null) {
                return Optional.of(MONTH_CODE + MONTHS.indexOf(m.group(g).toLowerCase(Locale.ROOT)));
            }
        }
        if (m.group(2) == null || published.isEmpty()) {
            return Optional.empty();
        }
        int offset = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return Optional.of(published.getAsInt() + offset);
    }

    private OptionalInt published(Sentence s) {
        Article a = articles.get(s.docId());
        Matcher m = a == null ? null : PUBLISHED_YEAR.matcher(a.published());
        return m != null && m.find() ? OptionalInt.of(Integer.parseInt(m.group())) : OptionalInt.empty();
    }
}
