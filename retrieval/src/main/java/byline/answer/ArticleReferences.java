package byline.answer;

import byline.corpus.Article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the articles a question names: by outlet ("according to the Harbor Post", "the Harbor Post's table") or by
 * publication date ("the March 3 piece"). Such a question is about that article, so its passages are
 * searched too and its sentences preferred.
 */
final class ArticleReferences {
    /**
     * One distinct pattern and the articles it names, by corpus position. Outlets and dates repeat across
     * articles, so a question is matched against each pattern once, not once per article.
     *
     * @param requires text the question must contain, ignoring case, for the pattern to match (a cheap test)
     * @param outlet   the outlet name the pattern stands for; empty for a date
     */
    private record Probe(Pattern pattern, String requires, String outlet, List<Integer> articles) {
        boolean matches(String question) {
            return containsIgnoringCase(question, requires) && pattern.matcher(question).find();
        }
    }

    private static boolean containsIgnoringCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    private final List<String> ids = new ArrayList<>();
    private final List<Probe> probes;

    ArticleReferences(Collection<Article> articles) {
        Map<String, Probe> bySource = new LinkedHashMap<>();
        for (Article a : articles) {
            int ordinal = ids.size();
            ids.add(a.id());
            if (a.outlet().length() >= 3) {
                add(bySource, words(a.outlet()), a.outlet(), a.outlet(), ordinal);
            }
            date(a.published()).ifPresent(patterns -> patterns.forEach(p ->
                    add(bySource, p, Integer.toString(LocalDate.parse(a.published()).getDayOfMonth()), "", ordinal)));
        }
        this.probes = List.copyOf(bySource.values());
    }

    private static void add(Map<String, Probe> bySource, Pattern p, String requires, String outlet, int ordinal) {
        bySource.computeIfAbsent(p.flags() + "/" + p.pattern(), k -> new Probe(p, requires, outlet, new ArrayList<>()))
                .articles().add(ordinal);
    }

    /** The outlet names {@code question} mentions. */
    Set<String> namesIn(String question) {
        Set<String> names = new LinkedHashSet<>();
        for (Probe p : probes) {
            if (!p.outlet().isEmpty() && p.matches(question)) {
                names.add(p.outlet());
            }
        }
        return names;
    }

    /**
     * Nouns a question uses for an article itself ("the March 3 piece", "the Planet's write-up"). Once the
     * question names an article, they say which article, not which fact.
     */
    private static final Pattern REFERENCE_NOUNS = Pattern.compile(
            "\\b(?:piece|article|story|post|write-?up|report|analysis|note|column|coverage|op-ed|blog|feature)s?\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * {@code question} without the words that name an article: its outlet, its date, and then the nouns that
     * stand for the article. A question that names none comes back unchanged.
     */
    String withoutReferences(String question) {
        String out = question;
        for (Probe p : probes) {
            if (p.matches(out)) {
                out = p.pattern().matcher(out).replaceAll(" ");
            }
        }
        if (out.equals(question)) {
            return question;
        }
        return REFERENCE_NOUNS.matcher(out).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** Ids of the articles {@code question} names, in corpus order; empty when it names none. */
    Set<String> in(String question) {
        BitSet named = new BitSet(ids.size());
        for (Probe p : probes) {
            if (p.matches(question)) {
                p.articles().forEach(named::set);
            }
        }
        Set<String> docs = new LinkedHashSet<>();
        named.stream().forEach(i -> docs.add(ids.get(i)));
        return docs;
    }

    private static Pattern words(String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static java.util.Optional<List<Pattern>> date(String iso) {
        try {
            LocalDate d = LocalDate.parse(iso);
            String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String shortMonth = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            return java.util.Optional.of(List.of(words(iso),
                    Pattern.compile("(?i)\\b(?:" + month + "|" + shortMonth + "\\.?) " + d.getDayOfMonth() + "\\b"),
                    Pattern.compile("(?i)\\b" + d.getDayOfMonth() + " (?:" + month + "|" + shortMonth + ")\\b")));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
