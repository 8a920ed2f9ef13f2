package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "What time does the market open?", "until what time is the warning in force?" ask for a time of day. A sentence
 * that dates the event ("the meeting on 28 March") speaks of it but does not say what time: when none of the
 * sentences the answer would show ({@link Composer#shown}) states a time of day ({@link ClockTimes}), that is the
 * near miss. "When…?" questions are left to {@link TimeStated}: a date answers them.
 */
final class ClockTimeStated implements ShownSentencesCheck.Rule {
    static final String NO_CLOCK_TIME = "the sentences that would answer give no time of day";

    /**
     * "What time does…", "until what time is…": "what time" before its verb. Not "at what time…", which histories ask
     * as "when…" ("at what time is the rivalry set aside?"), nor "what time of year" or "over what time frame", which
     * a season or a period answers.
     */
    private static final Pattern ASKS_TIME_OF_DAY = Pattern.compile("(?i)(?<!\\bat )\\bwhat (?:time|hour) (?:is|was|are|"
            + "were|does|do|did|will|would|should|can|could|must|has|had)\\b");

    @Override
    public boolean applies(QuestionPart part) {
        return ASKS_TIME_OF_DAY.matcher(Chat.plain(part.text())).find();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        return shown.stream().anyMatch(s -> ClockTimes.statedIn(s.text()))
                ? Optional.empty() : Optional.of(NO_CLOCK_TIME);
    }
}
