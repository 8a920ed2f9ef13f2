package byline.answer;

import java.util.regex.Pattern;

/**
 * Whether a question asks about what did not happen and a sentence says only what did. "Which firm did not bid?"
 * is not answered by "Three firms bid for the contract": the sentence holds the question's words, so only the
 * missing negation tells the near miss apart. The word lists are general English: the question side is narrow
 * (a plain negation of its verb), the sentence side wide, because a sentence can state a negative in many words
 * ("declined to", "without", "refused").
 */
final class Negation {
    /** A question's negation; "whether or not", "may or may not" and "not only" ask nothing negative. */
    private static final Pattern ASKED = Pattern.compile("(?i)(?<!\\bor (?:\\w{1,12} )?)\\bnot\\b(?! only\\b)|n't\\b"
            + "|\\bnever\\b|\\bno longer\\b|\\bnobody\\b|\\bno one\\b");
    /** How a sentence can state a negative. */
    private static final Pattern STATED = Pattern.compile("(?i)\\b(?:not|no|never|none|nobody|nothing|neither|nor|"
            + "without|cannot|unable|lacks?|lacked|lacking|declined|declines|refused|refuses|failed|fails|"
            + "instead|rather than|except|excluded|absent)\\b|n't\\b");

    private Negation() {
    }

    /** True when {@code question} is negated and {@code sentence} states no negative at all. */
    static boolean unmatched(String question, String sentence) {
        return asked(question) && !STATED.matcher(sentence).find();
    }

    static boolean asked(String question) {
        return ASKED.matcher(question.replace('’', '\'')).find();
    }
}
