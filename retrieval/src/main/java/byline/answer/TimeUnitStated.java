package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "What time does…", "on what date…", "in what year…", "which months…" ask for one unit of time, and a sentence that
 * speaks of the event without it is the near miss: "the AGM on 28 March" does not say what time it starts, "in the
 * coming weeks", "Monday to Friday" or "in September" is no date, "after the war" no year. When none of the sentences
 * the answer would show ({@link Composer#shown}) states the asked unit, the articles do not give it. "When…?"
 * questions are left to {@link TimeStated}, which any time answers. The forms are general English, all in this file.
 */
final class TimeUnitStated implements ShownSentencesCheck.Rule {
    static final String NO_CLOCK_TIME = "the sentences that would answer give no time of day";
    static final String NO_DATE = "the sentences that would answer give no date";

    private static final String MONTH = "jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|"
            + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    /** A year of three or four figures ("911", "1169", "2026", "the 1990s"), not part of "1,240" or "3.141". */
    private static final String YEAR = "(?<![\\d,.])\\b[1-9]\\d{2,3}s?\\b(?![,.]\\d)|\\b(?:this|last|next) year\\b"
            + "|\\byear (?:before|after)\\b";

    /** A time taken, as results give it: minutes and seconds past the hours of a clock, or hours, minutes, seconds. */
    private static final String ELAPSED = "\\b(?:\\d{1,2}:[0-5]\\d:[0-5]\\d|(?:2[4-9]|[3-9]\\d|\\d{3}):[0-5]\\d)"
            + "(?:\\.\\d+)?\\b";

    /** What a question asks, what a sentence must state to answer it, and the reason given when none does. */
    private record Unit(Pattern asks, Pattern stated, String reason) {
    }

    private static final List<Unit> UNITS = List.of(
            // "what time" before its verb: not "at what time…", which histories ask as "when…", nor "what time of
            // year" or "over what time frame", which a season or a period answers; a time of day states it, and so
            // does the time a race took ("won in 31:42", "2:08:15"), which "what time did she run?" asks for
            new Unit(Pattern.compile("(?i)(?<!\\bat )\\bwhat (?:time|hour) (?:is|was|are|were|does|do|did|will|would|"
                    + "should|can|could|must|has|had)\\b"), Pattern.compile(ClockTimes.FORMS + "|" + ELAPSED,
                    Pattern.CASE_INSENSITIVE), NO_CLOCK_TIME),
            // a day of a month ("4 March", "May 4", "the 25th"), "12/03", "2026-03-12", a day named relative to today,
            // or a year, as histories date things; not a month alone ("in September" says when, not on what date)
            new Unit(Pattern.compile("(?i)\\b(?:what|which) dates?\\b"), Pattern.compile("(?i)\\b(?:"
                    + "today|tomorrow|yesterday)\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + MONTH
                    + "|(?-i:May))\\b|\\b(?:" + MONTH + "|(?-i:May))\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?![,.]?\\d{3})"
                    + "|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b|\\b\\d{1,2}/\\d{1,2}\\b|"
                    + YEAR),
                    NO_DATE),
            new Unit(Pattern.compile("(?i)\\b(?:what|which) years?\\b"), Pattern.compile("(?i)" + YEAR), NO_DATE),
            new Unit(Pattern.compile("(?i)\\b(?:what|which) months?\\b"),
                    Pattern.compile("(?i)\\b(?:" + MONTH + "|(?:this|next|last) month)\\b|(?-i:\\bMay\\b)"), NO_DATE));

    @Override
    public boolean applies(QuestionPart part) {
        return unit(part).isPresent();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        return unit(part).filter(u -> shown.stream().noneMatch(s -> u.stated().matcher(s.text()).find()))
                .map(Unit::reason);
    }

    private static Optional<Unit> unit(QuestionPart part) {
        String question = Chat.plain(part.text());
        return UNITS.stream().filter(u -> u.asks().matcher(question).find()).findFirst();
    }
}
