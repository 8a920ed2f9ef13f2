package byline.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sums of money, and questions that ask for one. This is general English: "how much does it cost?", "how much did
 * they pay?" and "how much revenue…?" are answered by a sum ("£2.40", "$1.2 billion", "24 million marks", "two
 * shillings a week") or by a share or multiple of one ("a third", "15 percent", "16 times its revenue"); a
 * sentence whose only figures count something else (seats, goals, copies, kilometres) does not say how much
 * money. The word lists are this check's knowledge, all in this file.
 */
final class Money {
    /** Words that make a "how much" question about money. Ambiguous ones ("raise", "fund", "sales") stay out. */
    private static final Pattern ASKED = Pattern.compile("\\b(?:cost|costs|costing|price|priced|prices|pay|paid|pays|"
            + "paying|earn|earns|earned|earning|earnings|charge|charges|charged|money|cash|worth|fee|fees|fare|fares|"
            + "salary|salaries|wage|wages|spend|spends|spent|spending|budget|revenue|revenues|profit|profits|income|"
            + "fine|fined|rent|debt|loan|loans|valued|valuation|invest|invested|investment|insured|compensation|"
            + "bonus|donate|donated|donation|donations|afford|funding|tax|taxes|subsidy|grant|ransom|severance|"
            + "damages|deposits?|bail|bids?|offer|offered|prize)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Names of currencies, as written after a number ("24 million marks", "thousands of pounds"). */
    private static final String CURRENCY = "(?:pounds?|sterling|dollars?|euros?|yen|yuan|renminbi|francs?|crowns?|"
            + "kronor|krona|kroner|marks?|shillings?|pence|pennies|cents?|rupees?|pesos?|rand|lira|lire|roubles?|"
            + "rubles?|won|dinars?|dirhams?|riyals?|guilders?|florins?|zloty|forints?|bitcoins?)\\b";
    /** What stands right before a number to make it money: a currency sign or code ("£2.40", "US$5", "EUR 40"). */
    private static final Pattern SIGN_BEFORE = Pattern.compile("(?:[$£€¥₹]|\\b(?:US|A|C|HK)\\$|\\b(?:USD|GBP|EUR) ?)$");
    /** What may stand between a number and a currency's name: a scale, perhaps "of" ("24 million of"). */
    private static final String SCALE = "^(?: ?(?:thousand|million|billion|trillion|bn|m|k|mn))?(?: of)? ";
    /** What follows a number to make it money: a scale, perhaps "of", and a currency name; or pence ("45p"). */
    private static final Pattern NAME_AFTER = Pattern.compile(SCALE + CURRENCY + "|^p\\b", Pattern.CASE_INSENSITIVE);
    /** What follows a number to make it a share or a multiple ("15 percent", "16 times its revenue"). */
    private static final Pattern SHARE_AFTER = Pattern.compile("^(?:\\s?%| percent\\b| per cent\\b| times\\b|-fold\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Words that state a share or a multiple by themselves ("cut by a third", "doubled"). */
    private static final Pattern SHARE_WORDS = Pattern.compile(
            "^(?:half|third|thirds|quarter|quarters|double|twice|triple)$", Pattern.CASE_INSENSITIVE);

    /**
     * What makes "third", "quarter" or "half" an order or a period rather than a share: a determiner, an ordinal or a
     * word that picks out one period before it ("the third original drama", "the studio's third film", "the second
     * half", "the same quarter", "each quarter"), perhaps with "fiscal", "financial" or "calendar" between ("its
     * fourth fiscal quarter") or joined by a hyphen ("first-quarter profit"); or a hyphen after it ("third-largest").
     */
    private static final Pattern ORDER_BEFORE = Pattern.compile("(?i)(?:\\b(?:the|its|their|his|her|this|that|last|"
            + "next|first|second|third|fourth|final|previous|same|latest|current|past|each|every|per|whole|entire|"
            + "full)|['’]s)(?:\\s+(?:fiscal|financial|calendar))?[\\s-]+$");

    /**
     * "How much is a day pass?", "how much was the tasting menu?": how much a thing is, with nothing done to it after,
     * is its price. "How much is the index down?", "how much was left?" and "how much is being spent…" say what
     * else they measure, so a word after the thing keeps them out.
     */
    private static final Pattern PRICE_OF_A_THING = Pattern.compile("(?i)^\\W*how much (?:is|are|was|were) "
            + "(?:a|an|the|one|each)\\b(?!.*\\b(?:\\w+ing|\\w+ed|down|up|left|known|over|under|off|more|less)\\b)");
    /** A question that asks for a share or a count asks for no sum, whatever money it mentions. */
    private static final Pattern ASKS_SHARE = Pattern.compile("\\b(?:proportion|percentage|percent|share|fraction|"
            + "rate|ratio|how many)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A currency a question names ("how much is it in euros?"), and how a sum in it is written: a sign or code
     * right before the number, or the currency's name after it. Dollars of a particular country take its prefix.
     */
    private enum Currency {
        EURO("euros?", "€|\\bEUR ?", "euros?"),
        POUND("pounds?(?: sterling)?|sterling", "£|\\bGBP ?", "pounds?|sterling|pence"),
        YEN("yen", "¥|\\bJPY ?", "yen"),
        AUSTRALIAN_DOLLAR("australian dollars?", "\\bA\\$|\\bAUD ?", "australian dollars?"),
        CANADIAN_DOLLAR("canadian dollars?", "\\bC\\$|\\bCAD ?", "canadian dollars?"),
        DOLLAR("(?:us |american )?dollars?", "(?<![A-Z])\\$|\\bUSD ?", "dollars?");

        private final Pattern asked;
        private final Pattern signBefore;
        private final Pattern nameAfter;

        Currency(String asked, String signBefore, String nameAfter) {
            this.asked = Pattern.compile("(?i)\\bin (?:" + asked + ")\\b");
            this.signBefore = Pattern.compile("(?:" + signBefore + ")$");
            this.nameAfter = Pattern.compile("(?i)" + SCALE + "(?:" + nameAfter + ")\\b");
        }

        boolean writes(String text, int[] span) {
            return signBefore.matcher(text.substring(0, span[0])).find()
                    || nameAfter.matcher(text.substring(span[1])).find();
        }
    }

    private Money() {
    }

    /** A question for a share: "what percentage…", "what proportion…", "what share…", "what fraction…". */
    private static final Pattern SHARE_ASKED = Pattern.compile(
            "(?i)\\bwhat (?:percentage|percent|proportion|share|fraction)\\b|\\bhow many percent\\b");
    /** A share written as a ratio: "six in ten", "1 in 5", "three out of four". */
    private static final Pattern RATIO = Pattern.compile("(?i)\\b(?:\\d+|" + Quantities.NUMBER_WORDS
            + ") (?:in|out of) (?:\\d+|" + Quantities.NUMBER_WORDS + ")\\b");

    /** A figure or a word, each read in turn for a share. */
    private static final Pattern NUMBER_OR_WORD = Pattern.compile("\\d+(?:[.,]\\d+)*|\\b\\p{L}+\\b");

    /** Whether {@code question} asks for a share rather than an amount. */
    static boolean shareAsked(String question) {
        return SHARE_ASKED.matcher(question).find();
    }

    /** Whether {@code text} states a share: a percentage, a fraction in words or a ratio ("six in ten"). */
    static boolean shareStatedIn(String text) {
        if (RATIO.matcher(text).find()) {
            return true;
        }
        java.util.regex.Matcher m = NUMBER_OR_WORD.matcher(text);
        while (m.find()) {
            String head = text.substring(0, m.start());
            String tail = text.substring(m.end());
            if (Character.isDigit(m.group().charAt(0)) ? SHARE_AFTER.matcher(tail).find()
                    : isShareWord(m.group().toLowerCase(Locale.ROOT), head, tail)) {
                return true;
            }
        }
        return false;
    }

    /** The currency {@code question} asks for a sum in, if it names one. */
    private static java.util.Optional<Currency> currencyAsked(String question) {
        return java.util.Arrays.stream(Currency.values()).filter(c -> c.asked.matcher(question).find()).findFirst();
    }

    /** Whether {@code question} asks how much money. */
    static boolean asked(String question) {
        return (ASKED.matcher(question).find() || PRICE_OF_A_THING.matcher(question).find())
                && !ASKS_SHARE.matcher(question).find();
    }

    /** Whether the number at {@code span} of {@code text} is a sum of money ("£2.40", "24 million marks"). */
    static boolean isSum(String text, int[] span) {
        return SIGN_BEFORE.matcher(text.substring(0, span[0])).find()
                || NAME_AFTER.matcher(text.substring(span[1])).find();
    }

    /**
     * Whether {@code text} states a sum of money or a share that {@code question} does not already hold, and not one
     * of another measure than the question asks about ({@link Measures}).
     */
    static boolean statedIn(String question, String text) {
        java.util.Set<Measures.Measure> measures = Measures.asked(question);
        java.util.Optional<Currency> currency = currencyAsked(question);
        for (int[] span : Quantities.spans(question, text)) {
            if (Measures.belongsElsewhere(measures, text, span)) {
                continue; // "revenue of €2.1 billion" does not say what profit was made
            }
            String number = text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
            String head = text.substring(0, span[0]);
            String tail = text.substring(span[1]);
            if (currency.isPresent()) {
                if (currency.get().writes(text, span)) {
                    return true; // asked "in euros", only a sum in euros says
                }
            } else if (isSum(text, span) || SHARE_AFTER.matcher(tail).find() || isShareWord(number, head, tail)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShareWord(String number, String head, String tail) {
        return SHARE_WORDS.matcher(number).matches() && !ORDER_BEFORE.matcher(head).find() && !tail.startsWith("-");
    }
}
