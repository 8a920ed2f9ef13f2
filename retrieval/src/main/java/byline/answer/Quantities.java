package byline.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a sentence that can answer "how many", "how much", "how old" or "how long": amounts and counts,
 * not the numerals that only write a date, a clock time or a label. This is general English: "2024" standing alone,
 * "in 1784" and the "4" of "March 4" date something, "11:05" and "4pm" are times, the "2" of "Q2" or "MP3" names
 * something; none of them is a quantity of anything, so a sentence holding only such numbers cannot say how many or
 * how much.
 */
final class Quantities {
    static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|"
            + "millions|billion|billions|trillion|dozen|dozens|half|several|few|third|thirds|quarter|quarters|"
            + "once|twice|double|triple|single|none|nobody";
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*|\\b(?:" + NUMBER_WORDS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A month name just before the number ("March 4", "January 2026") or after it ("4 March"). */
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b" + MONTH + ",? $", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_AFTER = Pattern.compile("^(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** A year written alone: four digits from 1800 to 2099, not money ("$2025") and not a share ("2024 percent"). */
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    /** An older year, told by the preposition before it ("built in 1784", "since 1650"). */
    private static final Pattern OLDER_YEAR = Pattern.compile("1[0-7]\\d\\d");
    private static final Pattern DATING_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|since|by|until|till|from|of|before|after|around|circa|c\\.)\\s$");
    /** A clock time: "11am", "4 pm", "7.30pm", "9 a.m.". */
    private static final Pattern CLOCK_AFTER = Pattern.compile("(?i)^\\s?(?:[ap]m\\b|[ap]\\.m\\.)");
    /** "three times a week", "10 times more": a number of times, not of things. */
    private static final Pattern TIMES_AFTER = Pattern.compile("(?i)^ times\\b");
    /** What follows a figure that makes it a length of time: "three weeks", "a 48-hour strike". */
    private static final Pattern TIME_UNIT_AFTER = Pattern.compile("(?i)[\\s-]*(?:years?|months?|weeks?|days?|"
            + "hours?|minutes?|decades?|centuries|quarters?|seasons?)\\b");
    /**
     * A count question that counts lengths of time: "how many more days…", "how many paid leave days…"; not one that
     * counts things per length of time ("how many passengers a day").
     */
    private static final Pattern COUNTS_TIME = Pattern.compile("(?i)\\bhow many "
            + "(?:(?!a |an |per |each |every )[\\w-]+ ){0,3}?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|"
            + "decades?|centuries|quarters?|seasons?|nights?)\\b");
    /** Number words that say there were many or some but not how many: "several stores", "hundreds of fans". */
    private static final Pattern VAGUE = Pattern.compile("(?i)several|few|dozens|hundreds|thousands|millions|billions");
    private static final Pattern MEASURED_AFTER = Pattern.compile("^(?:\\s?%| percent| per cent)",
            Pattern.CASE_INSENSITIVE);

    /** Words for a share or a place in an order, which count nothing: "a third", "the third year", "half". */
    private static final Pattern SHARE_OR_ORDER = Pattern.compile("(?i)third|thirds|quarter|quarters|half");
    /** A share of a set of things, which says how many of them: "half of his bookings", "a third of the seats". */
    private static final Pattern SHARE_OF = Pattern.compile("(?i)^\\s+of\\s+(?:the|his|her|its|their|our|all)\\s+"
            + "(?!(?:\\w+\\s+)?(?:year|season|month|week|day|century|decade|match|game|race|term|quarter)s?\\b)");
    /** "The first half of", "the last quarter of": a part of a period, which counts nothing. */
    private static final Pattern PART_OF_A_PERIOD = Pattern.compile("(?i)\\b(?:first|second|third|fourth|last|final|"
            + "opening|closing|latter|former|early|late)\\s+$");
    /** An ordinal's ending: "the 79th minute", "her 3rd title". */
    private static final Pattern ORDINAL_AFTER = Pattern.compile("^(?:st|nd|rd|th)\\b");
    /** What makes an ordinal a count after all: "the third time", "the 5th quarter in a row". */
    private static final Pattern RUN_AFTER = Pattern.compile("(?i)^(?:st|nd|rd|th)?\\s+(?:[\\w-]+\\s+)?"
            + "(?:times?|in a row|running|straight)\\b");
    /** A scale word after a figure, which that figure already counts with: the "million" of "9.8 million". */
    private static final Pattern SCALE = Pattern.compile("(?i)hundred|thousand|million|billion|trillion|dozen");
    private static final Pattern FIGURE_BEFORE = Pattern.compile("(?i)(?:\\d|\\b(?:" + NUMBER_WORDS + "))[\\s-]*$");
    private static final Pattern SCALE_AFTER = Pattern.compile("(?i)^[\\s-]*(?:hundred|thousand|million|billion|"
            + "trillion|bn|mn|m|k)\\b");
    /**
     * A unit of measure after a figure: "31°C", "9,500 acres", "800 MW", "40 kilometres" measure a temperature, an
     * area, a power or a distance; they count units only for a question that counts them ("how many acres…").
     */
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)^[\\s-]*(°[CF]?|degrees?|acres?|hectares?|square|sq|"
            + Lengths.UNITS + "|mph|kph|kW|MW|GW|kWh|MWh|GWh|watts?|kilowatts?|megawatts?|gigawatts?|volts?|"
            + "tonnes?|tons?|kg|kilos?|kilograms?|grams?|g|litres?|liters?|gallons?|ml|GB|TB|MB|gigabytes?|terabytes?|"
            + "megabytes?|decibels?|dB|calories|knots)(?=\\W|$)");

    private Quantities() {
    }

    /**
     * Whether the figure at {@code span} can say how many of something {@code question} counts: it
     * {@linkplain #countsThings counts things}, and is no ordinal or share ("the 79th minute", "a third"; but "half of
     * its loaves" says how many of them), no scale
     * word its figure already counts with, no decimal but of millions or billions ("a close of 41.20"), and no
     * measure in a unit the question does not count ("31°C", "9,500 acres").
     */
    static boolean countable(String question, String text, int[] span) {
        String figure = text.substring(span[0], span[1]);
        String head = text.substring(0, span[0]);
        String tail = text.substring(span[1]);
        if (!countsThings(text, span)) {
            return false;
        }
        boolean share = SHARE_OR_ORDER.matcher(figure).matches()
                && !(SHARE_OF.matcher(tail).find() && !PART_OF_A_PERIOD.matcher(head).find());
        if ((share || ORDINAL_AFTER.matcher(tail).find()) && !RUN_AFTER.matcher(tail).find()) {
            return false;
        }
        if (SCALE.matcher(figure).matches() && FIGURE_BEFORE.matcher(head).find()) {
            return false;
        }
        if (figure.matches("\\d[\\d,]*\\.\\d+") && !SCALE_AFTER.matcher(tail).find()) {
            return false;
        }
        Matcher unit = UNIT_AFTER.matcher(tail);
        return !unit.find() || countsUnit(question, unit.group(1));
    }

    /** Whether {@code question} counts the unit a figure is in: "how many acres", "how many megawatts". */
    private static boolean countsUnit(String question, String unit) {
        String stem = spelledOneWay(unit).replaceAll("s$", "");
        return stem.length() > 2 && spelledOneWay(question).contains(stem);
    }

    /** "Kilometres" and "kilometers", "litre" and "liter" read alike. */
    private static String spelledOneWay(String text) {
        return text.toLowerCase(Locale.ROOT).replace("tre", "ter");
    }

    /** Whether the number at {@code span} of {@code text} is a percentage ("40 percent", "3%"). */
    static boolean isPercentage(String text, int[] span) {
        return MEASURED_AFTER.matcher(text.substring(span[1])).find();
    }

    /**
     * Whether the number at {@code span} of {@code text} can count things: no sum of money and no percentage ("40
     * percent faster" and "£2 million" say nothing of how many).
     */
    static boolean countsThings(String text, int[] span) {
        return !Money.isSum(text, span) && !isPercentage(text, span);
    }

    /** Whether the figure at {@code span} is a length of time ("two years later", "a 48-hour strike"). */
    static boolean countsTime(String text, int[] span) {
        return TIME_UNIT_AFTER.matcher(text).region(span[1], text.length()).lookingAt();
    }

    /** Whether {@code question} counts lengths of time, which a figure of days or years then answers. */
    static boolean asksTime(String question) {
        return COUNTS_TIME.matcher(question).find();
    }

    /** Whether {@code text} holds a quantity that {@code question} does not already hold. */
    static boolean newIn(String question, String text) {
        return !spans(question, text).isEmpty();
    }

    /** Where {@code text} states quantities {@code question} does not already hold, as {start, end} offsets. */
    static java.util.List<int[]> spans(String question, String text) {
        Set<String> asked = all(question);
        java.util.List<int[]> phones = PhoneNumbers.spans(text);
        java.util.List<int[]> out = new java.util.ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (isQuantity(text, m.start(), m.end()) && !asked.contains(m.group().toLowerCase(Locale.ROOT))
                    && !PhoneNumbers.within(phones, m.start(), m.end())) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    private static Set<String> all(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Whether the number at {@code span} of {@code text} says only that there were many or some ("several nurseries
     * closed", "thousands of fans"): no answer to "how many".
     */
    static boolean isVague(String text, int[] span) {
        return VAGUE.matcher(text.substring(span[0], span[1])).matches();
    }

    /** Whether the number at {@code span} of {@code text} says how often, not how many: "once", "twice", "three times". */
    static boolean isFrequency(String text, int[] span) {
        String number = text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
        return number.equals("once") || number.equals("twice") || TIMES_AFTER.matcher(text.substring(span[1])).find();
    }

    /** Whether the number at {@code [start, end)} of {@code text} counts or measures something. */
    static boolean isQuantity(String text, int start, int end) {
        if (!Character.isDigit(text.charAt(start))) {
            return true;
        }
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (Character.isLetter(before) || before == ':' || after == ':') {
            return false;
        }
        String head = text.substring(0, start);
        String tail = text.substring(end);
        boolean money = before == '$' || before == '£' || before == '€';
        if (YEAR.matcher(text.substring(start, end)).matches() && !money && !MEASURED_AFTER.matcher(tail).find()) {
            return false;
        }
        if (CLOCK_AFTER.matcher(tail).find()
                || OLDER_YEAR.matcher(text.substring(start, end)).matches() && DATING_BEFORE.matcher(head).find()) {
            return false;
        }
        return end - start > 2 || !(MONTH_BEFORE.matcher(head).find() || MONTH_AFTER.matcher(tail).find());
    }
}
