package byline.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which financial measure a sum belongs to. A question about one measure ("what profit did it make?") is not
 * answered by a sum the sentence gives for another ("revenue of €2.1 billion"): business news states several side
 * by side, and the measure a sum belongs to is the one named just before it ("revenue rose 9% to £4m") or right after
 * it ("£4m in revenue"). When the sentences shown name the asked measure nowhere, not even by a word news uses for
 * it, they give another one ({@link MeasureStated}). The word lists are this knowledge, all in this file.
 */
final class Measures {
    /** The measures business news reports, each with the words that name it. */
    enum Measure {
        REVENUE("revenues?|sales|turnover"),
        PROFIT("profits?|earnings|income"),
        LOSS("loss|losses|deficit"),
        VALUATION("valuation|valued"),
        PAY("salary|salaries|wages?|earnings"),
        BUDGET("budgets?"),
        DEBT("debts?");

        private final Pattern words;

        Measure(String words) {
            this.words = Pattern.compile("(?i)\\b(?:" + words + ")\\b");
        }
    }

    /**
     * A measure a question may ask the amount of, and the words that state it in a sentence: a loss answers a profit
     * question, "sales" a revenue one. Finer than {@link Measure}, which says whose a sum is: here "income" and
     * "earnings" each keep the words news answers them with.
     */
    record Stated(Pattern asked, Pattern by) {
        private static Stated of(String asked, String by) {
            return new Stated(Pattern.compile("\\b(?:" + asked + ")\\b"), Pattern.compile("(?i)\\b(?:" + by + ")\\b"));
        }
    }

    static final List<Stated> STATED = List.of(
            Stated.of("revenues?|turnover", "revenues?|turnover|sales|takings"),
            Stated.of("profits?", "profits?|profitable|earnings|net income|loss(?:es)?|lost|break ?even"),
            Stated.of("loss(?:es)?", "loss(?:es)?|lost|lose|loses|losing|profits?"),
            Stated.of("salar(?:y|ies)|wages?", "salar(?:y|ies)|wages?|pay|paid|earns?|earning|earnings"),
            Stated.of("earnings", "earnings|earns?|earned|profits?|income|pay|wages?|salar(?:y|ies)"),
            Stated.of("income", "income|earnings|earns?|earned|profits?|revenues?|pay|wages?|salar(?:y|ies)"),
            Stated.of("valuation", "valuation|valued?|values|worth"),
            Stated.of("rents?", "rents?|rental|rented"),
            Stated.of("debts?", "debts?|borrowings?|owes?|owed|loans?"),
            Stated.of("deficit", "deficit|shortfall|gap|overspend"));

    /** How many words before a sum its measure may stand: a clause ("revenue rose 18 percent to $2.37 billion"). */
    private static final int WORDS_BEFORE = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,%-]*");
    /** "£4m in revenue", "$2 billion of annual sales": the measure named right after the sum. */
    private static final Pattern AFTER = Pattern.compile("^(?:\\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\\b)?"
            + "\\s+(?:in|of)\\s+(?:(?:annual|yearly|quarterly|net|"
            + "gross|operating|total)\\s+)?([\\p{L}]+)", Pattern.CASE_INSENSITIVE);

    private Measures() {
    }

    /** The measures {@code question} asks about; empty when it names none. */
    static Set<Measure> asked(String question) {
        Set<Measure> out = EnumSet.noneOf(Measure.class);
        for (Measure m : Measure.values()) {
            if (m.words.matcher(question).find()) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether the sum at {@code span} of {@code text} belongs to a measure other than those {@code asked}: the
     * nearest measure named before it in the same clause, or the one named right after it.
     */
    static boolean belongsElsewhere(Set<Measure> asked, String text, int[] span) {
        if (asked.isEmpty()) {
            return false;
        }
        Set<Measure> owner = after(text.substring(span[1]));
        if (owner.isEmpty()) {
            owner = before(text.substring(0, span[0]));
        }
        return !owner.isEmpty() && owner.stream().noneMatch(asked::contains);
    }

    private static Set<Measure> after(String tail) {
        Matcher m = AFTER.matcher(tail);
        return m.find() ? named(m.group(1)) : EnumSet.noneOf(Measure.class);
    }

    private static Set<Measure> before(String head) {
        String clause = head.substring(Math.max(head.lastIndexOf(';'), head.lastIndexOf(". ")) + 1);
        java.util.List<String> words = WORD.matcher(clause).results().map(java.util.regex.MatchResult::group).toList();
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - WORDS_BEFORE); i--) {
            Set<Measure> m = named(words.get(i).replaceAll("[.,]+$", ""));
            if (!m.isEmpty()) {
                return m;
            }
        }
        return EnumSet.noneOf(Measure.class);
    }

    /** The measures {@code word} names: "earnings" may be a firm's profit or a worker's pay. */
    private static Set<Measure> named(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<Measure> out = EnumSet.noneOf(Measure.class);
        for (Measure m : Measure.values()) {
            if (m.words.matcher(w).matches()) {
                out.add(m);
            }
        }
        return out;
    }
}
