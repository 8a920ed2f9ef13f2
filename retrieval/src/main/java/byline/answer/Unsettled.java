package byline.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A yes-or-no question ("will the court hear the appeal?", "has the ministry agreed?") is answered by a sentence that
 * settles it. When a sentence the answer would show ({@link Composer#shown}) speaks of the matter as still open ("is
 * considering an appeal", "is expected to review", "plans to", "may", "has 21 days to decide whether"), the articles
 * do not say yes or no, however closely the sentence matches: that sentence is the near miss. The learned stages
 * cannot tell, since their features do not read modality. The words are general English, all in this file.
 */
final class Unsettled implements Answerability {
    static final String OPEN = "the sentences that would answer say it is not settled";

    /** A question that asks yes or no: it opens with an auxiliary verb. */
    private static final Pattern YES_NO = Pattern.compile(
            "(?i)^\\W*(?:will|did|does|do|is|are|was|were|has|have|can|could|should|would)\\b");
    /**
     * Words that speak of an outcome as still open. "May" only in lower case, since "May 4" is a date; not
     * "decision", since "the decision to close the pier" states one.
     */
    private static final Pattern OPEN_WORDS = Pattern.compile("(?i)\\b(?:consider(?:s|ing|ed)?|(?:is|are|was|were) "
            + "expected to|(?:is|are) due to|too early to|would seek|will seek|(?:has|have|had) asked|called for|"
            + "calls? for|plans? to|planning to|could|(?-i:may)|might|possible|possibly|whether|deciding|to decide|"
            + "hopes? to|aims? to|if approved|subject to|yet to|not yet)\\b");

    private final Answerability model;
    private final Composer composer;

    /**
     * @param model    the stage whose verdict this checks
     * @param composer what decides which sentences an answer shows
     */
    Unsettled(Answerability model, Composer composer) {
        this.model = model;
        this.composer = composer;
    }

    @Override
    public Verdict judge(QuestionPart part, List<Ranked> ranked) {
        Verdict verdict = model.judge(part, ranked);
        if (!verdict.answers() || !YES_NO.matcher(Chat.plain(part.text())).find()) {
            return verdict;
        }
        boolean open = composer.shown(new Composer.Answered(part, ranked)).stream()
                .anyMatch(s -> OPEN_WORDS.matcher(s.text()).find());
        return open ? verdict.decline(OPEN) : verdict;
    }
}
