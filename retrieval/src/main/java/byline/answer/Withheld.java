package byline.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a news sentence says that something was not disclosed or is not settled yet: "the company did not say how
 * many stores will close", "an analyst, who asked not to be named", "the price was not disclosed", "an undisclosed
 * sum", "the union has not yet set the dates", "it is not yet clear whether the grant will continue", "the film is
 * still looking for a distributor", "they would not rule out job cuts". Reporters
 * write exactly this where a reader's question has no answer, and the sentence then looks like the best match to
 * that question while it says the opposite of answering it. The patterns are general news English, in one place.
 */
final class Withheld {
    /**
     * What was withheld, as offsets into the sentence.
     *
     * @param naming whether the span is the one left unnamed ("an analyst, who asked not to be named")
     */
    record Span(int start, int end, boolean naming) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    /** A negated report: "did not", "would not yet", "declined to", "neither side would", "has never", "nobody". */
    private static final String NOT = "(?:\\b(?:did|does|do|would|could|will|has|have|had|can)\\s*(?:not|n't)"
            + "|\\bcannot|\\b(?:declined|declines|refused|refuses|was unable|were unable|failed)\\s+to"
            + "|\\bneither(?:\\s+[\\p{L}'-]+){0,3}?(?:\\s+(?:would|will|could|did|does|do|has|have|had))?"
            + "|\\bnever|\\b(?:nobody|no one)(?:\\s+(?:would|will|could|did|has|have|had))?)"
            + "(?:\\s+(?:yet|immediately|publicly|also|officially))?\\s+";
    /** Verbs of telling, in the forms a negated report takes. */
    private static final String TELL = "(?:say|said|disclosed?|give|given|reveal(?:ed)?|specif(?:y|ied)|"
            + "confirm(?:ed)?|comment(?:ed)?|identif(?:y|ied)|list(?:ed)?|provided?|released?|publish(?:ed)?|"
            + "detail(?:ed)?|announced?|elaborated?|explain(?:ed)?|put a figure on|named?|offer(?:ed)?|break out)";
    private static final Pattern ACTIVE = Pattern.compile("(?i)" + NOT + "(" + TELL + ")\\b");
    /** "gave no reason for the move", "offered no figure": a telling verb with "no" before what it did not tell. */
    private static final Pattern TOLD_NO = Pattern.compile("(?i)\\b(?:gave|gives|give|giving|offered|offers|"
            + "provided|provides|released|publishes|published|disclosed)\\s+no\\b");
    /** "the study did not measure pay": what a study, count or inquiry did not look at, it does not tell either. */
    private static final Pattern NOT_STUDIED = Pattern.compile("(?i)" + NOT + "(?:measure|examine|study|look at|"
            + "assess|track|record|collect|count|investigate|test)\\b");
    private static final Pattern WITHOUT = Pattern.compile("(?i)\\bwithout\\s+(?:saying|disclosing|giving|naming|"
            + "identifying|specifying|revealing)\\b");
    /** What is not settled yet: a decision, a date or a figure still to be set ("has not yet set a date"). */
    private static final String SETTLE = "(?:decided?|set|fixed|agreed|finali[sz]ed|determined|scheduled|announced)";
    private static final String TO_SETTLE = "(?:decide|set|fix|agree|finali[sz]e|determine|schedule|announce)";
    private static final Pattern PENDING = Pattern.compile("(?i)\\b(?:did|does|do|has|have|had)\\s*(?:not|n't)"
            + "\\s+yet\\s+(?:" + TO_SETTLE + "|" + SETTLE + ")\\b"
            + "|\\b(?:is|are|was|were)\\s+(?:still\\s+(?:yet\\s+)?|yet\\s+)to\\s+" + TO_SETTLE + "\\b");
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:(?:was|were|is|are)\\s*(?:not|n't)|"
            + "(?:has|have|had)\\s*(?:not|n't)\\s+(?:yet\\s+)?been)\\s+(?:yet\\s+)?(?:disclosed|named|given|revealed|"
            + "identified|released|made public|specified|confirmed|published|" + SETTLE + ")\\b"
            + "|\\b(?:has|have|had|is|are|was|were)\\s+yet\\s+to\\s+be\\s+(?:disclosed|named|confirmed|published|"
            + SETTLE + ")\\b|\\bto be (?:announced|confirmed|decided)\\b");
    /** "is still looking for a buyer", "would not rule out closing the depot": what is sought or not yet decided. */
    private static final Pattern SOUGHT = Pattern.compile("(?i)\\bstill\\s+(?:looking|searching|hunting)\\s+for\\b"
            + "|\\b(?:did|does|do|would|could|will)\\s*(?:not|n't)\\s+rule\\s+out\\b");
    /** "it is not yet clear whether the grant will continue": the clause after it is not known. */
    private static final Pattern UNCLEAR = Pattern.compile("(?i)\\b(?:is|was|remains?|remained)\\s+(?:still\\s+)?"
            + "(?:not\\s+(?:yet\\s+)?(?:clear|known)|unclear|unknown)\\s+(?=whether|how|when|what|who|which|why|if)");
    private static final Pattern ANONYMOUS = Pattern.compile("(?i)\\b(?:who|which|that)\\s+(?:(?:has|have|had)\\s+)?"
            + "(?:asked|wished|wanted|requested|declined)\\s+"
            + "(?:not\\s+to\\s+be\\s+(?:named|identified)|to\\s+remain\\s+anonymous|"
            + "anonymity)\\b|\\bspoke\\s+on\\s+condition\\s+of\\s+anonymity\\b");
    /** Words that end the noun phrase after "an unnamed …": "an unnamed investor who said …". */
    private static final String PHRASE_END = "(?:that|which|who|whom|from|to|of|in|on|at|for|and|but|said|says)\\b";
    private static final Pattern UNNAMED = Pattern.compile("(?i)\\b(?:unnamed|undisclosed|unidentified|unsigned|"
            + "anonymous)\\s+([\\p{L}-]+(?:\\s+(?!" + PHRASE_END + ")[\\p{L}-]+)?)");
    /** Objects that point back at what was withheld instead of saying it: "would not name them". */
    private static final Pattern POINTER = Pattern.compile("(?i)^\\s*(?:them|it|him|her|which one|which|who|"
            + "its name|their names?|the names?)?\\s*$");
    /** Pointers at who or which one: "would not say which", "did not name them" keep back an identity. */
    private static final Pattern WHO_POINTER = Pattern.compile("(?i)^\\s*(?:them|him|her|which one|which|who)\\s*$");
    /** "was not announced until September", "did not name him until Friday": told, only later. */
    private static final Pattern UNTIL = Pattern.compile("(?i)\\s*(?:[\\p{L}'’-]+\\s+){0,3}?(?:until|till)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?()]|\\s(?:but|although|though|while)\\s");
    private static final Pattern RELATIVE = Pattern.compile("(?i)[\\s,]+(?:that|which|whom|who)\\s[^,;]*$");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)and|but|or|while|although|though|so|yet");
    /** How many words before a relative clause name what it is about ("two hotel booking sites that …"). */
    private static final int ANTECEDENT_WORDS = 4;

    private Withheld() {
    }

    /** The spans of {@code text} that it says were withheld. */
    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        reported(ACTIVE, text, out);
        reported(TOLD_NO, text, out);
        reported(NOT_STUDIED, text, out);
        reported(WITHOUT, text, out);
        reported(PENDING, text, out);
        reported(UNCLEAR, text, out);
        reported(SOUGHT, text, out);
        Matcher m = PASSIVE.matcher(text);
        while (m.find()) {
            if (UNTIL.matcher(text.substring(m.end())).lookingAt()) {
                continue;
            }
            int start = antecedentStart(text, m.start(), ANTECEDENT_WORDS);
            out.add(trimmed(text, start, m.start(), m.group().toLowerCase(java.util.Locale.ROOT).contains("named")));
        }
        m = ANONYMOUS.matcher(text);
        while (m.find()) {
            out.add(trimmed(text, antecedentStart(text, m.start(), 3), m.start(), true));
        }
        m = UNNAMED.matcher(text);
        while (m.find()) {
            out.add(trimmed(text, m.start(1), m.end(1), true));
        }
        return out;
    }

    /**
     * "did not say how many stores will close": the object; "did not name them": what came before, and only who or
     * which of it ("would not say which"); "declined to comment": nothing, a reaction is no fact of the sentence.
     */
    private static void reported(Pattern verb, String text, List<Span> out) {
        Matcher m = verb.matcher(text);
        while (m.find()) {
            int end = clauseEnd(text, m.end());
            String told = m.group().toLowerCase(java.util.Locale.ROOT);
            String object = text.substring(m.end(), end);
            boolean naming = told.contains("nam") || WHO_POINTER.matcher(object).matches();
            if (UNTIL.matcher(object).lookingAt()) {
                continue; // "did not name him until Friday": told, only later
            } else if (!POINTER.matcher(object).matches()) {
                out.add(trimmed(text, m.end(), end, naming));
            } else if (object.isBlank() && told.contains("comment")) {
                continue; // "declined to comment" keeps back a reaction, not a fact of the sentence before it
            } else if (told.contains("figure")) {
                out.add(trimmed(text, m.start(), end, false)); // "did not put a figure on it" keeps back a figure
            } else if (RELATIVE.matcher(text.substring(0, m.start())).find()) {
                int relative = relativeStart(text, m.start());
                out.add(trimmed(text, antecedentStart(text, relative, ANTECEDENT_WORDS), relative, true));
            } else {
                out.add(trimmed(text, 0, m.start(), naming));
            }
        }
    }

    /** A span without the spaces and commas around it. */
    private static Span trimmed(String text, int start, int end, boolean naming) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return new Span(s, e, naming);
    }

    private static int clauseEnd(String text, int from) {
        Matcher end = CLAUSE_END.matcher(text);
        return end.find(from) ? end.start() : text.length();
    }

    private static int relativeStart(String text, int before) {
        Matcher r = RELATIVE.matcher(text.substring(0, before));
        return r.find() ? r.start() : before;
    }

    /** Where the last {@code words} words before {@code end} start, not crossing a clause boundary. */
    private static int antecedentStart(String text, int end, int words) {
        int last = end;
        while (last > 0 && (Character.isWhitespace(text.charAt(last - 1)) || text.charAt(last - 1) == ',')) {
            last--;
        }
        int boundary = last;
        while (boundary > 0 && ",;:(".indexOf(text.charAt(boundary - 1)) < 0) {
            boundary--;
        }
        List<Integer> starts = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(boundary, last);
        while (w.find()) {
            // a conjunction joins the clause to what came before; it is not part of what was withheld
            if (!(starts.isEmpty() && CONJUNCTION.matcher(w.group()).matches())) {
                starts.add(w.start());
            }
        }
        return starts.isEmpty() ? end : starts.get(Math.max(0, starts.size() - words));
    }
}
