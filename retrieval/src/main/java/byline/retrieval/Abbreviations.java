package byline.retrieval;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations news English writes both ways: job titles ("the CTO", "its chief technology officer") and a few
 * terms of business news ("IPO", "initial public offering"). A text holding either form also reads the other, so
 * "who's the cto?" meets "Reyes is chief technology officer" in BM25 and in word overlap alike. The list is this
 * stage's knowledge, all here; each short form stands for one long form in news, and a short form that often
 * means something else in news prose (EV, MD, CSO) is left out.
 */
final class Abbreviations {
    /** A short form and the long form written for it in the corpus (the first alternative is the one added). */
    private record Form(String shortForm, String longForm, Pattern longPattern) {
    }

    private static final List<Form> FORMS = List.of(
            form("CEO", "chief executive", "chief executive(?: officer)?"),
            form("CFO", "chief financial officer", "chief financial officer|finance chief"),
            form("COO", "chief operating officer", "chief operating officer"),
            form("CTO", "chief technology officer", "chief technology officer|chief technical officer"),
            form("CIO", "chief information officer", "chief information officer"),
            form("CMO", "chief marketing officer", "chief marketing officer"),
            form("VP", "vice president", "vice[- ]president"),
            form("IPO", "initial public offering", "initial public offering"),
            form("AGM", "annual general meeting", "annual general meeting"),
            form("GDP", "gross domestic product", "gross domestic product"),
            form("AI", "artificial intelligence", "artificial intelligence"));
    /** Any short form, as a word of its own in any case ("the ceo", "CEO's", "VPs"), never inside a word. */
    private static final Pattern SHORT = Pattern.compile("(?<![\\p{L}\\p{N}&.])("
            + String.join("|", FORMS.stream().map(Form::shortForm).toList()) + ")s?(?![\\p{L}\\p{N}&])",
            Pattern.CASE_INSENSITIVE);
    /** Cheap pre-check: every long form holds one of these words, so most sentences skip the patterns. */
    private static final Pattern LONG_HINT = Pattern.compile(
            "(?i)chief|finance|vice|public offering|general meeting|domestic|intelligence");

    private Abbreviations() {
    }

    /** {@code text} followed by the other form of each abbreviation it holds, once each; unchanged if none. */
    static String withOtherForms(String text) {
        StringBuilder added = new StringBuilder();
        Matcher m = SHORT.matcher(text);
        while (m.find()) {
            append(added, longFormOf(m.group(1)));
        }
        if (LONG_HINT.matcher(text).find()) {
            for (Form f : FORMS) {
                if (f.longPattern().matcher(text).find()) {
                    append(added, f.shortForm());
                }
            }
        }
        return added.isEmpty() ? text : text + " " + added.toString().strip();
    }

    private static String longFormOf(String shortForm) {
        String upper = shortForm.toUpperCase(Locale.ROOT);
        return FORMS.stream().filter(f -> f.shortForm().equals(upper)).findFirst().orElseThrow().longForm();
    }

    private static void append(StringBuilder added, String form) {
        if (added.indexOf(form) < 0) {
            added.append(' ').append(form);
        }
    }

    private static Form form(String shortForm, String longForm, String longPattern) {
        return new Form(shortForm, longForm, Pattern.compile("\\b(?:" + longPattern + ")\\b", Pattern.CASE_INSENSITIVE));
    }
}
