package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "On what date…", "in what year…", "which month…" ask for a point on the calendar. A sentence that says "in the
 * coming weeks", "before the end of term" or "Monday to Friday" speaks of the event but does not say when: when
 * none of the sentences the answer would show ({@link Composer#shown}) states the asked unit, that is the near miss.
 * "When…?" questions are left to {@link TimeStated}, which any time answers. The forms are general English, all in
 * this file.
 */
final class CalendarDateStated implements ShownSentencesCheck.Rule {
    static final String NO_DATE = "the sentences that would answer give no date";

    private static final String MONTH = "jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|"
            + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    /** A year of three or four figures ("911", "1169", "2026", "the 1990s"), not part of "1,240" or "3.141". */
    private static final String YEAR = "(?<![\\d,.])\\b[1-9]\\d{2,3}s?\\b(?![,.]\\d)|\\b(?:this|last|next) year\\b"
            + "|\\byear (?:before|after)\\b";

    /** What a calendar question asks, and what a sentence must state to answer it. */
    private record Unit(Pattern asks, Pattern stated) {
    }

    private static final List<Unit> UNITS = List.of(
            // a month, "the 25th", "12/03", "2026-03-12", a year, or a day named relative to today
            new Unit(Pattern.compile("(?i)\\b(?:what|which) date\\b"), Pattern.compile("(?i)\\b(?:" + MONTH
                    + "|today|tomorrow|yesterday)\\b|(?-i:\\bMay\\b)|\\b\\d{1,2}(?:st|nd|rd|th)\\b"
                    + "|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b|\\b\\d{1,2}/\\d{1,2}\\b|" + YEAR)),
            new Unit(Pattern.compile("(?i)\\b(?:what|which) year\\b"), Pattern.compile("(?i)" + YEAR)),
            new Unit(Pattern.compile("(?i)\\b(?:what|which) month\\b"),
                    Pattern.compile("(?i)\\b(?:" + MONTH + "|(?:this|next|last) month)\\b|(?-i:\\bMay\\b)")));

    @Override
    public boolean applies(QuestionPart part) {
        return unit(part).isPresent();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        return unit(part).filter(u -> shown.stream().noneMatch(s -> u.stated().matcher(s.text()).find()))
                .map(u -> NO_DATE);
    }

    private static Optional<Unit> unit(QuestionPart part) {
        String question = Chat.plain(part.text());
        return UNITS.stream().filter(u -> u.asks().matcher(question).find()).findFirst();
    }
}
