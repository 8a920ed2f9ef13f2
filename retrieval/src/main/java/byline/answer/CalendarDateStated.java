package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "On what date…", "from which date…" ask for a day of the calendar. A sentence that says "in the coming weeks",
 * "before the end of term" or "Monday to Friday" speaks of the event but gives no date: when none of the sentences
 * the answer would show ({@link Composer#shown}) states a month, a day of the month, a year or a numeric date, that
 * is the near miss. "When…?" questions are left to {@link TimeStated}, which any time answers.
 */
final class CalendarDateStated implements ShownSentencesCheck.Rule {
    static final String NO_DATE = "the sentences that would answer give no date";

    private static final Pattern ASKS_DATE = Pattern.compile("(?i)\\b(?:what|which) date\\b");
    /** A month, "the 25th", "12/03", "2026-03-12", a year, or a day named relative to today. */
    private static final Pattern DATE = Pattern.compile("(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|"
            + "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|tomorrow|yesterday)\\b"
            + "|(?-i:\\bMay\\b)|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b|\\b\\d{1,2}/\\d{1,2}\\b"
            + "|\\b(?:1[5-9]|20)\\d\\d\\b");

    @Override
    public boolean applies(QuestionPart part) {
        return ASKS_DATE.matcher(Chat.plain(part.text())).find();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        return shown.stream().anyMatch(s -> DATE.matcher(s.text()).find()) ? Optional.empty() : Optional.of(NO_DATE);
    }
}
