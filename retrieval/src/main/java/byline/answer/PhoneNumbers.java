package byline.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telephone numbers in text: what answers "which number should I ring?", and digits that count nothing ("call
 * 01632 960 400" states no quantity of 1,632 of anything). General written English: groups of digits with at
 * least seven in all ("01632 960 400", "800-555-0177", "+44 20 7946 0000"), or an extension ("ext. 4400").
 */
final class PhoneNumbers {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,])(?:\\+\\d{1,3}[ -]?)?\\(?\\d{2,5}\\)?(?:[ -]?\\d{2,4}){1,3}(?![\\d.,]\\d)"
                    + "|\\bext(?:ension|\\.)?\\s?\\d{3,5}\\b", Pattern.CASE_INSENSITIVE);
    private static final int FEWEST_DIGITS = 7;

    private PhoneNumbers() {
    }

    /** Where {@code text} states telephone numbers, as {start, end} offsets. */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String number = m.group();
            if (number.replaceAll("\\D", "").length() >= FEWEST_DIGITS || Character.isLetter(number.charAt(0))) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** Whether {@code [start, end)} lies within one of {@code phones}, spans {@link #spans} found. */
    static boolean within(List<int[]> phones, int start, int end) {
        return phones.stream().anyMatch(v -> v[0] <= start && end <= v[1]);
    }
}
