package byline.answer;

import byline.corpus.Sentence;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for. A sentence that cannot hold that kind of answer (no date for a
 * "when" question, no age for "how old") never answers it, however similar its words are.
 */
enum AnswerType {
    AGE("\\bhow old\\b|\\bwhat age\\b|\\bage of\\b",
            "\\b\\d{1,3}[- ]years?[- ]old\\b|\\baged? \\d|\\bborn (?:in|on)\\b|\\b\\d{1,3}-year-old\\b"),
    DURATION("\\bhow long\\b",
            "\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many)"
                    + "[- ](?:years?|months?|weeks?|days?|decades?|hours?|quarters?)\\b"),
    DATE("^(?:when)\\b|\\b(?:what|which) (?:year|date|month|day)\\b|\\bhow soon\\b",
            "\\b(?:19|20)\\d{2}\\b|\\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may \\d|june|july|aug(?:ust)?|"
                    + "sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b|\\bq[1-4]\\b|\\bquarters?\\b|"
                    + "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|"
                    + "\\b\\d+[-–]\\d+ (?:months|years|quarters)\\b"),
    NUMBER("\\bhow (?:many|much|large|big)\\b|\\bwhat (?:figure|number|amount|price|percentage|share|sum)\\b"
            + "|\\bwhat (?:was|is|were|are)\\b.{0,40}\\b(?:revenue|sales|price|cost|valuation|salary|income|profit|"
            + "funding|budget|worth|pay)\\b",
            "\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|"
                    + "million|billion|trillion|half|single)\\b"),
    OUTLET("\\b(?:which|what) (?:\\w+ )?(?:outlet|publication|newspaper|paper|magazine|site|news ?site|media)\\b"
            + "|\\bwho (?:first )?reported\\b", null),
    ANY("", null);

    private final Pattern question;
    private final Pattern answer;

    AnswerType(String question, String answer) {
        this.question = Pattern.compile(question, Pattern.CASE_INSENSITIVE);
        this.answer = answer == null ? null : Pattern.compile(answer, Pattern.CASE_INSENSITIVE);
    }

    static AnswerType of(String question) {
        String q = Chat.withoutFillers(question).toLowerCase(Locale.ROOT);
        for (AnswerType t : values()) {
            if (t != ANY && t.question.matcher(q).find()) {
                return t;
            }
        }
        return ANY;
    }

    /** Whether {@code s} can hold this kind of answer to {@code question}. */
    boolean fits(Sentence s, String question, Counts counts) {
        return switch (this) {
            case ANY -> true;
            case OUTLET -> s.creditsAnotherOutlet();
            case NUMBER -> counts.fits(question, s.text());
            default -> answer.matcher(s.text()).find();
        };
    }
}
