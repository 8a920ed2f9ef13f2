package byline.retrieval;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    /** A short form, the long form added for it, and every long form news writes for it (a regex). */
    private record Form(String shortForm, String longForm, String longForms) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("CEO", "chief executive", "chief executive(?: officer)?"),
            new Form("CFO", "chief financial officer", "chief financial officer|finance chief"),
            new Form("COO", "chief operating officer", "chief operating officer"),
            new Form("CTO", "chief technology officer", "chief technology officer|chief technical officer"),
            new Form("CIO", "chief information officer", "chief information officer"),
            new Form("CMO", "chief marketing officer", "chief marketing officer"),
            new Form("VP", "vice president", "vice[- ]president"),
            new Form("IPO", "initial public offering", "initial public offering"),
            new Form("AGM", "annual general meeting", "annual general meeting"),
            new Form("GDP", "gross domestic product", "gross domestic product"),
            new Form("AI", "artificial intelligence", "artificial intelligence"));
    /** Any short form, as a word of its own in any case ("the ceo", "CEO's", "VPs"), never inside a word. */
    private static final Pattern SHORT = Pattern.compile("(?<![\\p{L}\\p{N}&.])("
            + String.join("|", FORMS.stream().map(Form::shortForm).toList()) + ")s?(?![\\p{L}\\p{N}&])",
            Pattern.CASE_INSENSITIVE);
    /** Any long form, one capturing group per form in the order of {@link #FORMS}: one pass finds them all. */
    private static final Pattern LONG = Pattern.compile("\\b(?:" + String.join("|",
            FORMS.stream().map(f -> "(" + f.longForms() + ")").toList()) + ")\\b", Pattern.CASE_INSENSITIVE);

    private Abbreviations() {
    }

    /** {@code text} followed by the other form of each abbreviation it holds, once each; unchanged if none. */
    static String withOtherForms(String text) {
        Set<String> added = new LinkedHashSet<>();
        Matcher m = SHORT.matcher(text);
        while (m.find()) {
            String shortForm = m.group(1).toUpperCase(Locale.ROOT);
            FORMS.stream().filter(f -> f.shortForm().equals(shortForm)).forEach(f -> added.add(f.longForm()));
        }
        BitSet longForms = new BitSet(FORMS.size());
        for (m = LONG.matcher(text); m.find(); ) {
            longForms.set(matchedGroup(m) - 1);
        }
        longForms.stream().forEach(i -> added.add(FORMS.get(i).shortForm())); // in the order of FORMS
        return added.isEmpty() ? text : text + " " + String.join(" ", added);
    }

    private static int matchedGroup(Matcher m) {
        int g = 1;
        while (m.group(g) == null) {
            g++;
        }
        return g;
    }
}
