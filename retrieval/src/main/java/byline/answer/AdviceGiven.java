package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "What's the best way to learn the guitar?", "can you recommend a good novel?", "any ideas for a name?" ask for
 * advice, and news answers them only where a sentence recommends or rates something ("the best value is…", "critics
 * recommend…"). A sentence that merely shares the topic ("played on an acoustic guitar") is the near miss, and it is
 * what the ranker finds for such a question about articles that never give advice. So when none of the sentences the
 * answer would show ({@link Composer#shown}) recommends or rates anything, the articles give no advice. The words are
 * general English, all in this file.
 */
final class AdviceGiven implements ShownSentencesCheck.Rule {
    static final String NO_ADVICE = "the sentences that would answer recommend nothing";

    /** A request for advice: a recommendation, ideas, or the best thing or way for a purpose. */
    private static final Pattern ASKS = Pattern.compile("(?i)\\brecommend\\b|\\bideas? (?:for|on)\\b|"
            + "\\b(?:the )?best (?:way|(?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+ (?:for|to))\\b"
            + "|\\bgood [\\p{L}-]+ (?:for|to)\\b");
    /** Words that recommend or rate something. */
    private static final Pattern ADVISES = Pattern.compile("(?i)\\b(?:best|recommend\\w*|advi[sc]e\\w*|suggest\\w*|"
            + "should|top|favou?rite|worth|ideal|good|great|excellent|better|finest|greatest|tips?)\\b");

    @Override
    public boolean applies(QuestionPart part) {
        return ASKS.matcher(Chat.plain(part.text())).find();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        return shown.stream().anyMatch(s -> ADVISES.matcher(s.text()).find()) ? Optional.empty()
                : Optional.of(NO_ADVICE);
    }
}
