package byline.answer;

import java.util.regex.Pattern;

/**
 * How English writes a time of day: "6:30am", "7.30 p.m.", "22:15", "9am", "noon", "midnight", "ten o'clock". Read
 * by {@link AnswerType} (a clock time answers "when…?") and by {@link TimeUnitStated} (only a clock time answers
 * "what time…?"). The forms are this file's knowledge.
 */
final class ClockTimes {
    /** A time of day; "9.30" alone is not one (a score, a price), "9.30am" is. */
    static final String FORMS = "\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:[ap]m|[ap]\\.m\\.)(?!\\p{L})"
            + "|\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b|\\b(?:noon|midday|midnight)\\b"
            + "|\\b(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o['’]clock\\b";
    private static final Pattern CLOCK = Pattern.compile(FORMS, Pattern.CASE_INSENSITIVE);

    private ClockTimes() {
    }

    /** Whether {@code text} states a time of day. */
    static boolean statedIn(String text) {
        return CLOCK.matcher(text).find();
    }
}
