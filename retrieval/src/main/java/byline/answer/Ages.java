package byline.answer;

import java.util.regex.Pattern;

/**
 * How English states an age: "a 19-year-old", "aged 91", "at the age of 12", "gave her age as 44", "left school
 * at 16 to work", "until she was 44", "turned 60", "Jane Doe, 58, said", "born in 1961", "in her forties", "built
 * in 1887" (for a thing), "must be 16 or over" (a limit). A "how old" question is answered by one of these; a sentence whose only figures are
 * goals, kilometres or a finishing time does not say how old anyone is. The phrases are this check's knowledge, all
 * in this file.
 */
final class Ages {
    private static final String NUMBER = "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            + "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";
    private static final Pattern AGE = Pattern.compile(String.join("|",
            "\\b" + NUMBER + "[- ](?:years?|months?|weeks?|days?)[- ]old\\b",
            "\\bage[ds]? (?:of |as |is |was |at )?" + NUMBER + "\\b",
            // news gives a person's age between commas right after the name
            "(?-i:\\p{Lu}[\\p{L}'’-]*), \\d{1,3},",
            "\\bborn (?:in|on)\\b",
            "\\b(?:built|founded|established|opened|formed|set up|started|launched|dating|dates|dated)(?: back)? "
                    + "(?:in|from|to) (?:the )?(?:\\d{1,2}(?:st|nd|rd|th) century|1\\d{3}|20\\d{2})\\b",
            "\\bin (?:his|her|their) (?:early |mid-|late )?(?:teens|twenties|thirties|forties|fifties|sixties|"
                    + "seventies|eighties|nineties)\\b",
            "\\b\\d{1,3}(?:st|nd|rd|th) birthday\\b",
            // an age limit: "you must be 16 or over", "18 and older", "under-16s", "over 18s", "12+"
            "\\b" + NUMBER + " (?:or|and) (?:over|older|above|under|younger)\\b",
            "\\b(?:over|under)[- ]\\d{1,2}s\\b",
            "\\b\\d{1,2}\\+(?= only\\b|[,;)]|\\.(?!\\d)|$)",
            // "until she was 44", "when he turned 60": a bare figure after a person and "was" or "turned", where
            // the phrase ends, not "she was 3 goals short" or "it was 12 percent"
            "\\b(?:he|she|they|i|we) (?:was|were|is|are) \\d{1,3}(?=[,;]|\\.(?!\\d)| (?:when|and|but|at|as|in)\\b)",
            "\\bturn(?:ed|s|ing)? \\d{1,3}(?=[,;]|\\.(?!\\d)| (?:when|and|but|in|this|last|next)\\b)",
            // "left school at 16 to work": an age after "at" that ends the phrase, not "at 16 Mill Lane" or "at 9 a.m."
            "\\bat " + NUMBER + "(?=[,;]|\\.(?!\\d)| (?:to|and|when|after|before|as|but|while)\\b)"),
            Pattern.CASE_INSENSITIVE);

    /**
     * A question about someone's age at some moment ("how old was she when she joined?", "at what age did he retire?"):
     * the age a sentence gives beside the name need not be that one.
     */
    private static final Pattern AT_AN_EVENT = Pattern.compile(
            "\\b(?:when|while|at the time|at what age|by the time|before|after|until|since|first|last)\\b",
            Pattern.CASE_INSENSITIVE);

    private Ages() {
    }

    /** Whether {@code question} asks an age at some event rather than someone's age now or then. */
    static boolean atAnEvent(String question) {
        return AT_AN_EVENT.matcher(question).find();
    }

    /** Whether {@code text} states someone's or something's age. */
    static boolean statedIn(String text) {
        return AGE.matcher(text).find();
    }
}
