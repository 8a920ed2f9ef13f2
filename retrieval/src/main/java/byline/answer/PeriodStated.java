package byline.answer;

import byline.corpus.Sentence;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question that asks for a figure per period ("what does the annual plan cost?", "how many visitors a week?") is not
 * answered by sentences that give figures only per another period ("£14 a month", "a weekly ticket costs £21"): the
 * near miss that swaps the period. When the sentences the answer would show ({@link Composer#shown}) name some period
 * and none names the asked one, the articles do not give it. Sentences that name no period leave the verdict alone
 * ("the plan costs £120"), and so do the forms that are not rates: "a year earlier", "for a month", "the annual general
 * meeting", "annual leave". The forms are general English, all in this file; a capitalised one is left out, since it
 * is often a name ("the Harbour Weekly").
 */
final class PeriodStated implements ShownSentencesCheck.Rule {
    static final String OTHER_PERIOD = "the sentences that would answer give figures for another period";

    /** The periods a rate is given for. */
    enum Period { HOUR, DAY, WEEK, MONTH, YEAR }

    /** "a month" after these words is a length of time, not a rate: "for a month", "within a year". */
    private static final String NOT_AFTER = "(?<!\\b(?i:for|in|within|over|than|after|about|around|nearly|almost|"
            + "half|past|under|least|most) )";
    /** …and before these: "a year earlier", "a week ago", "a month before the vote", "a year on year". */
    private static final String NOT_BEFORE = "(?!\\s+(?:earlier|ago|later|before|after|on|from|or|old|and|of|"
            + "in|into|since|to|when)\\b)";
    /**
     * A figure right before "a month" makes a rate of it whatever follows: "£2.60 an hour from 1 April", "300 a day
     * until June", where "a year from now" or "a week before the vote" is a length of time.
     */
    private static final String FIGURE = "\\d(?:[\\d,.]*\\d)?(?:\\s?(?:p|m|bn|k|million|billion|pence|pounds|dollars|"
            + "euros))?";
    /** Period words that name a thing, not a rate. */
    private static final Pattern NAMED = Pattern.compile("\\bannual (?:general )?(?:meeting|report|results|leave|"
            + "accounts|conference|festival|fair|show|dinner|awards?|review|returns?)\\b|\\bdaily (?:life|lives|"
            + "routine)\\b");

    private static final Map<Period, Pattern> FORMS = new EnumMap<>(Map.of(
            Period.HOUR, rate("hourly", "an? hour", "hour|hr"),
            Period.DAY, rate("daily", "a day", "day"),
            Period.WEEK, rate("weekly", "a week", "week|wk"),
            Period.MONTH, rate("monthly", "a month", "month|mth|mo"),
            Period.YEAR, rate("annual|annually|yearly|per annum", "a year", "year|yr")));

    private static Pattern rate(String adjectives, String article, String noun) {
        return Pattern.compile("\\b(?:" + adjectives + ")\\b|" + NOT_AFTER + "\\b" + article + "\\b" + NOT_BEFORE
                + "|" + FIGURE + "\\s+" + article + "\\b|\\b(?:per|each|every) (?:" + noun + ")\\b"
                + "|/(?:" + noun + ")\\b");
    }

    @Override
    public boolean applies(QuestionPart part) {
        return asked(part).isPresent();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        Optional<Period> asked = asked(part);
        Set<Period> stated = EnumSet.noneOf(Period.class);
        shown.forEach(s -> stated.addAll(periods(s.text())));
        return asked.isPresent() && !stated.isEmpty() && !stated.contains(asked.get())
                ? Optional.of(OTHER_PERIOD) : Optional.empty();
    }

    /** The one period a question's figure is asked for, if it names exactly one. */
    private static Optional<Period> asked(QuestionPart part) {
        Set<Period> p = periods(Chat.plain(part.text()));
        return p.size() == 1 ? p.stream().findFirst() : Optional.empty();
    }

    /** The periods {@code text} gives a rate for. */
    static Set<Period> periods(String text) {
        String plain = NAMED.matcher(text).replaceAll(" ");
        Set<Period> out = EnumSet.noneOf(Period.class);
        FORMS.forEach((period, form) -> {
            if (form.matcher(plain).find()) {
                out.add(period);
            }
        });
        return out;
    }
}
