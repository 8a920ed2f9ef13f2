package byline.answer;

import java.util.regex.Pattern;

/**
 * "How tall is the tower?", "how far is the school from the station?", "what depth…" ask for a length, and a
 * sentence answers with a figure in a unit of length ("188 metres", "1.3 miles", "30 centimetres", "six storeys",
 * "a 28-nautical-mile course"), or a text's length ("12 characters", "a 64-page report").
 * Another figure ("thirty-seven fundraisers went over the edge") says how many or how much, not how far. "How far
 * back…" asks about time, "how far did shares fall" and "how far off the top" by how much, "how big" as often about
 * money as about size: those are left alone. The words are general English, all in this file.
 */
final class Lengths {
    /** "How far" asks for a distance only towards a place: "how far is it from…", not "how far off the top are they". */
    private static final Pattern ASKED = Pattern.compile("(?i)\\bhow (?:tall|deep|wide|far (?:away|apart|from)|far (?:is|are|"
            + "was|were|will|would|does|do)\\b(?=.*\\b(?:from|away|apart)\\b))\\b|\\bwhat (?:height|depth|width|distance)\\b");
    /**
     * Units of length written out or abbreviated where the abbreviation says nothing else: not "m" ("5m residents"
     * counts millions), "ft" or "mi", which {@link #STATED} reads only here. {@link Quantities} reads these too.
     */
    static final String UNITS = "km|cm|mm|metres?|meters?|kilometres?|kilometers?|centimetres?|centimeters?|"
            + "millimetres?|millimeters?|miles?|feet|foot|inch(?:es)?|yards?";
    /** A figure (not a sum: "£4m" is money) or a number word, then a unit of length, perhaps one word apart. */
    private static final Pattern STATED = Pattern.compile("(?i)(?:(?<![£$€¥\\d.,])\\d[\\d.,]*|\\b(?:one|two|three|four|"
            + "five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|half|a)\\b)[\\s-]*"
            + "(?:[a-z]+[\\s-])??(?:m|ft|mi|" + UNITS + "|storeys?|stories|floors|"
            // how long a text is: "at least 12 characters", "a 64-page judgment"
            + "characters?|letters?|digits?|words?|pages?|lines?)\\b");

    private Lengths() {
    }

    /** Whether {@code question} asks for a length or a distance. */
    static boolean asked(String question) {
        return ASKED.matcher(question).find();
    }

    /** Whether {@code text} states a length or a distance: a figure and a unit of length. */
    static boolean statedIn(String text) {
        return STATED.matcher(text).find();
    }
}
