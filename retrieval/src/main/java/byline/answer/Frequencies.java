package byline.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How English states how often something happens: "every 20 minutes", "every other Tuesday", "twice a week", "three
 * times a year", "daily", "fortnightly", "on Saturdays". A "how often" question is answered by one of these; a
 * sentence with only a date or a count does not say how often. The phrases are this check's knowledge, all in this
 * file.
 */
final class Frequencies {
    private static final String DAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
    private static final String UNIT = "(?:minutes?|hours?|days?|nights?|weeks?|fortnight|months?|years?|mornings?|"
            + "evenings?|weekdays?|weekends?|quarters?|seasons?|" + DAY + ")";
    private static final String COUNT = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
            + "thirty|forty|sixty|few|several)";
    private static final Pattern FREQUENCY = Pattern.compile(String.join("|",
            "\\b(?:every|each)\\s+(?:other\\s+|second\\s+|third\\s+)?(?:" + COUNT + "\\s+)?" + UNIT + "\\b",
            "\\b(?:once|twice|thrice|" + COUNT + " times)(?:\\s+or\\s+(?:twice|" + COUNT + " times))?\\s+(?:a|an|per|"
                    + "each|every)\\s+" + UNIT + "\\b",
            "\\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly|biannually)\\b",
            "\\b(?:on|at)\\s+(?:" + DAY + "s|weekends|weekdays)\\b",
            "\\b" + COUNT + "\\s+[\\p{L}-]+\\s+(?:a|per)\\s+(?:day|week|month|year)\\b"),
            Pattern.CASE_INSENSITIVE);

    private Frequencies() {
    }

    /** Whether {@code text} says how often something happens. */
    static boolean statedIn(String text) {
        return FREQUENCY.matcher(text).find();
    }

    /** Where {@code text} says how often, as {start, end} offsets. */
    static List<int[]> spans(String text) {
        return FREQUENCY.matcher(text).results().map(r -> new int[] {r.start(), r.end()}).toList();
    }
}
