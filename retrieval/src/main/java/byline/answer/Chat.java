package byline.answer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat phrasing, read as plain English: fillers that carry no content ("wait", "hey", "can you tell me") are
 * dropped, and chat spellings ("whos", "ppl", "how'd", "acc to") are written out, so that every later stage (the
 * kind of answer asked, the words the corpus knows) reads "whos the ceo" as it reads "who is the CEO".
 */
final class Chat {
    private static final Pattern FILLERS = Pattern.compile(
            "^(?:(?:ok(?:ay)?|so|wait|hey|hi|hello|um+|uh+|yo|well|and|also|quick question|btw|pls|please)[,!:.]?\\s+)+"
                    + "|^(?:can|could) you (?:tell me|explain)\\s+|^(?:do you know|i wonder)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Chat spellings of any case and the words they stand for. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("whats", "what is"), Map.entry("whos", "who is"), Map.entry("wheres", "where is"),
            Map.entry("whens", "when is"), Map.entry("hows", "how is"), Map.entry("thats", "that is"),
            Map.entry("theyre", "they are"), Map.entry("youre", "you are"), Map.entry("isnt", "is not"),
            Map.entry("arent", "are not"), Map.entry("wasnt", "was not"), Map.entry("werent", "were not"),
            Map.entry("dont", "do not"), Map.entry("doesnt", "does not"), Map.entry("didnt", "did not"),
            Map.entry("cant", "cannot"), Map.entry("wont", "will not"), Map.entry("hasnt", "has not"),
            Map.entry("havent", "have not"), Map.entry("wouldnt", "would not"), Map.entry("couldnt", "could not"),
            Map.entry("how'd", "how did"), Map.entry("how’d", "how did"), Map.entry("what'd", "what did"),
            Map.entry("what’d", "what did"), Map.entry("ppl", "people"), Map.entry("tix", "tickets"),
            Map.entry("govt", "government"), Map.entry("yrs", "years"), Map.entry("mins", "minutes"),
            Map.entry("hrs", "hours"), Map.entry("approx", "approximately"), Map.entry("abt", "about"),
            Map.entry("bc", "because"), Map.entry("b/c", "because"), Map.entry("w/", "with"),
            Map.entry("mgmt", "management"), Map.entry("dept", "department"), Map.entry("acc to", "according to"),
            Map.entry("acc. to", "according to"), Map.entry("info", "information"), Map.entry("exec", "executive"),
            Map.entry("execs", "executives"), Map.entry("thru", "through"), Map.entry("tmrw", "tomorrow"),
            Map.entry("yday", "yesterday"), Map.entry("pct", "percent"), Map.entry("gonna", "going to"),
            Map.entry("wanna", "want to"), Map.entry("wk", "week"), Map.entry("wks", "weeks"), Map.entry("yr", "year"),
            Map.entry("mth", "month"), Map.entry("mths", "months"), Map.entry("hr", "hour"));
    /** Lower-case only, and not part of a name or an abbreviation ("U.S.", "R&D", "DEC"). */
    private static final Map<String, String> LOWER_CASE_SPELLINGS = Map.ofEntries(Map.entry("u", "you"),
            Map.entry("ur", "your"), Map.entry("r", "are"),
            // months typed short ("DEC" is a company); not "jan", "mar" or "may", which are also names and words
            Map.entry("feb", "February"), Map.entry("apr", "April"), Map.entry("jun", "June"),
            Map.entry("jul", "July"), Map.entry("aug", "August"), Map.entry("sept", "September"),
            Map.entry("oct", "October"), Map.entry("nov", "November"), Map.entry("dec", "December"));
    private static final Pattern SPELLING = alternatives(SPELLINGS, "(?i)");
    private static final Pattern LOWER_CASE_SPELLING = alternatives(LOWER_CASE_SPELLINGS, "");

    private Chat() {
    }

    /** {@code question} without its fillers and with its chat spellings written out. */
    static String plain(String question) {
        String q = question.strip();
        String before;
        do {
            before = q;
            q = FILLERS.matcher(q).replaceFirst("").strip();
        } while (!q.equals(before));
        return expand(LOWER_CASE_SPELLING, LOWER_CASE_SPELLINGS, expand(SPELLING, SPELLINGS, q));
    }

    private static String expand(Pattern spelling, Map<String, String> words, String text) {
        Matcher m = spelling.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(words.get(m.group(1).toLowerCase(Locale.ROOT))));
        }
        return m.appendTail(out).toString();
    }

    private static Pattern alternatives(Map<String, String> words, String flags) {
        String any = String.join("|", words.keySet().stream()
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
        return Pattern.compile(flags + "(?<![\\p{L}\\p{N}'’&./])(" + any + ")(?![\\p{L}\\p{N}'’&.]|/\\p{L})");
    }
}
