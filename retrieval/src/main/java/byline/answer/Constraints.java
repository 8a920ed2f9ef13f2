package byline.answer;

import byline.retrieval.Lexicon;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Specific values a question pins down (a quarter, a year, a month, a period before now). A sentence that states a
 * different value of the same kind ("Q2" when Q1 was asked, "in January" when December was) is about a neighbouring
 * fact, not this one.
 */
final class Constraints {
    private static final Pattern QUARTER = Pattern.compile("(?i)\\bQ([1-4])\\b");
    /** A year of the last thousand years; a four-digit number beside a unit or a comma is a quantity, not a year. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])\\b(1\\d\\d\\d|20\\d\\d)\\b(?![,.]\\d)");
    /** A decade by its years ("the 1970s", "1990s"); "the 1800s" is a century. */
    private static final Pattern DECADE = Pattern.compile("\\b(1\\d[1-9]0|20[1-9]0)'?s\\b");
    /** A century by its ordinal ("the 10th century", "11th-century") or its hundreds ("the 1800s": the 19th). */
    private static final Pattern CENTURY = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)[ -]centur(?:y|ies)\\b|\\b(1\\d)00'?s\\b");
    /** A month by its full name; "May" only beside a day ("May 4", "4 May"), since otherwise it is the verb. */
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(january|february|march|april|june|july|august|"
            + "september|october|november|december)\\b|(?-i:\\b(May)(?=\\s+\\d)|(?<=\\d\\s)(May)\\b)");
    private static final Pattern NUMBER = Pattern.compile(
            "\\d+(?:[.,]\\d+)*|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
                    + "hundred|thousand|million|billion|trillion)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A period before now counted back from it ("last year", "two years ago", "a month earlier"), and the periods
     * counted the same way a sentence may state instead ("this year", "next month"). Only a past period a question
     * names conflicts: a sentence states this year's figure without saying "this year".
     */
    private static final String COUNTED_BACK = "(?:a|one) (year|month|week) (?:ago|earlier)"
            + "|((?:two|three|four|five|\\d+) (?:years|months|weeks)) ago";
    private static final Pattern PAST = Pattern.compile(
            "(?i)\\b(?:last (year|month|week|season)|" + COUNTED_BACK + ")\\b");
    private static final Pattern COUNTED = Pattern.compile(
            "(?i)\\b(?:(this|last|next) (year|month|week|season)|" + COUNTED_BACK + ")\\b");

    private Constraints() {
    }

    /** True when {@code sentence} names another quarter, year, month or past period than {@code question} names. */
    static boolean conflict(String question, String sentence) {
        return conflict(QUARTER, question, sentence) || conflict(YEAR, question, sentence)
                || conflict(MONTH, question, sentence) || pastConflict(question, sentence)
                || periodConflict(Constraints::centuries, y -> String.valueOf(y / 100 + 1), question, sentence)
                || periodConflict(t -> values(DECADE, t), y -> String.valueOf(y / 10 * 10), question, sentence);
    }

    private static boolean conflict(Pattern kind, String question, String sentence) {
        Set<String> asked = values(kind, Lexicon.prepare(question));
        if (asked.isEmpty()) {
            return false;
        }
        Set<String> stated = values(kind, Lexicon.prepare(sentence));
        return statesOther(asked, stated);
    }

    /**
     * "The 10th century" asked, "in 1038" or "the 11th century" stated; "the 1970s" asked, "in 1983" stated: a year
     * is in its century and its decade, so a sentence whose years and periods all fall outside the one asked is
     * about another time.
     */
    private static boolean periodConflict(Function<String, Set<String>> periodsIn, IntFunction<String> periodOfYear,
                                          String question, String sentence) {
        Set<String> asked = periodsIn.apply(question);
        if (asked.isEmpty()) {
            return false;
        }
        Set<String> stated = periodsIn.apply(sentence);
        values(YEAR, sentence).forEach(y -> stated.add(periodOfYear.apply(Integer.parseInt(y))));
        return statesOther(asked, stated);
    }

    /** Whether {@code stated} holds values and none of them is one {@code asked} holds. */
    private static boolean statesOther(Set<String> asked, Set<String> stated) {
        return !stated.isEmpty() && stated.stream().noneMatch(asked::contains);
    }

    /** The centuries {@code text} names, by number: "the 10th century" is 10, "the 1800s" 19. */
    private static Set<String> centuries(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CENTURY.matcher(text);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : String.valueOf(Integer.parseInt(m.group(2)) + 1));
        }
        return out;
    }

    /** "Two years ago" asked, "last year" stated: another period counted back from now. */
    private static boolean pastConflict(String question, String sentence) {
        Set<String> asked = periods(PAST, question);
        if (asked.isEmpty()) {
            return false;
        }
        Set<String> stated = periods(COUNTED, sentence);
        return statesOther(asked, stated);
    }

    /** The periods {@code text} counts back or forward from now, written one way: "a year ago" is "last year". */
    private static Set<String> periods(Pattern kind, String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = kind.matcher(text);
        while (m.find()) {
            String p = m.group().toLowerCase(Locale.ROOT);
            out.add(p.matches("(?:a|one) \\w+ (?:ago|earlier)") ? "last " + p.split(" ")[1] : p);
        }
        return out;
    }

    /** True when both texts state at least one number in common ("May 19, 2026" and "on May 19"). */
    static boolean shareNumber(String a, String b) {
        Set<String> inA = values(NUMBER, a);
        return values(NUMBER, b).stream().anyMatch(inA::contains);
    }

    /**
     * Whether two sentences that both give figures share one: "treated 386 runners" and "treated 212 runners" report
     * two events, however alike they read. A sentence without figures disagrees with none.
     */
    static boolean figuresAgree(String a, String b) {
        Set<String> inA = values(NUMBER, a);
        Set<String> inB = values(NUMBER, b);
        return inA.isEmpty() || inB.isEmpty() || inB.stream().anyMatch(inA::contains);
    }

    /** The first group that matched, or the whole match for a pattern without groups. */
    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }

    private static Set<String> values(Pattern kind, String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = kind.matcher(text);
        while (m.find()) {
            out.add(firstGroup(m).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
