package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "When will the bridge reopen?", "when is the vote?" ask about something still to come or standing now, and news
 * answers them with a time: a date, a weekday, a season, "next month", "within weeks", "later this year". When none of
 * the sentences the answer would show ({@link Composer#shown}) states any time, they speak of the thing but not of
 * when: the near miss. Questions about the past ("when did…", "when was…") are left alone, since histories answer
 * them with events ("after the war", "under Louis XIV") as often as with dates. The words are general English, all
 * in this file.
 */
final class TimeStated implements ShownSentencesCheck.Rule {
    static final String NO_TIME = "the sentences that would answer say nothing about when";

    /** "When will…", "when is…", "by when must…", "how soon can…": a when-question in the present or future. */
    private static final Pattern ASKS_WHEN_AHEAD = Pattern.compile(
            "(?i)^\\W*(?:when|by when|until when|how soon) (?:will|is|are|does|do|would|should|can|could|must)\\b");
    /** Any statement of time, from a year or a clock time to "soon" and "next week". */
    private static final Pattern TIME = Pattern.compile("(?i)\\b(?:1[6-9]\\d\\d|20\\d\\d|january|february|march|april|"
            + "june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday|weekend|"
            + "spring|summer|autumn|(?:this|next|last|the|in) fall|winter|morning|afternoon|evening|night|noon|"
            + "midnight|days?|weeks?|months?|"
            + "years?|decades?|quarters?|q[1-4]|hours?|minutes?|soon|later|shortly|immediately|now|already|next|until|"
            + "\\d{1,2}[:.]\\d\\d|\\d{1,2}\\s?(?:a\\.m|p\\.m|am|pm)|\\d{1,2}(?:st|nd|rd|th))\\b|(?-i:\\bMay\\b)");

    /**
     * What speaks of a time only to say it is not set: "at a later date", "at its next meeting", "in due course",
     * "no date has been set", "has not yet named the dates", "to be announced". Its time words answer no "when".
     */
    private static final Pattern UNSET = Pattern.compile("(?i)\\bat (?:a|some) (?:later|future) (?:date|stage|time)\\b|"
            + "\\bat (?:its|their|the|a) next (?:meeting|hearing|session)\\b|\\bin due course\\b|"
            + "\\b(?:dates?|timing|timetable|timeline)s? (?:has|have|had|is|are|was|were) (?:not|yet to be) (?:yet )?"
            + "(?:been )?(?:set|fixed|announced|confirmed|decided|named|given|agreed)\\b|"
            + "\\bnot (?:yet )?(?:set|fixed|named|given|announced|confirmed|agreed) (?:a|the|any) "
            + "(?:date|dates|timetable|timeline)\\b|\\bno (?:date|dates|timetable|timeline)\\b[^.;]*|"
            + "\\b(?:to be|yet to be) (?:announced|confirmed|decided|set|fixed|agreed)\\b");

    /** Words that say how long something lasts without a date: "since", "for life", "overnight", "indefinitely". */
    private static final Pattern LASTING = Pattern.compile("(?i)\\b(?:since|till|life|lifetime|indefinitely|"
            + "permanently|forever|overnight|fortnights?|seconds?|seasons?|terms?|centur(?:y|ies)|briefly|"
            + "temporar(?:y|ily))\\b");

    /**
     * Whether {@code text} says anything of time or of how long something lasts: what any answer to "how long…" holds,
     * unless it is a length ("400 metres").
     */
    static boolean statesTimeOrLasting(String text) {
        return TIME.matcher(text).find() || LASTING.matcher(text).find();
    }

    @Override
    public boolean applies(QuestionPart part) {
        return ASKS_WHEN_AHEAD.matcher(Chat.plain(part.text())).find();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        return shown.stream().anyMatch(s -> TIME.matcher(UNSET.matcher(s.text()).replaceAll(" ")).find())
                ? Optional.empty() : Optional.of(NO_TIME);
    }
}
