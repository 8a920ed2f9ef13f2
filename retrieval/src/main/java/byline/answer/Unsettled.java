package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A yes-or-no question ("will the court hear the appeal?", "has the ministry agreed?") is answered by a sentence that
 * settles it. When a sentence the answer would show ({@link Composer#shown}) speaks of the matter as still open ("is
 * considering an appeal", "is expected to review", "plans to", "may", "has 21 days to decide whether"), the articles
 * do not say yes or no, however closely the sentence matches: that sentence is the near miss. The learned stages
 * cannot tell, since their features do not read modality. The words are general English, all in this file.
 */
final class Unsettled implements ShownSentencesCheck.Rule {
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

    @Override
    public boolean applies(QuestionPart part) {
        return YES_NO.matcher(Chat.plain(part.text())).find();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        return shown.stream().anyMatch(s -> OPEN_WORDS.matcher(s.text()).find()) ? Optional.of(OPEN) : Optional.empty();
    }
}
