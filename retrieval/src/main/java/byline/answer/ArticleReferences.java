package byline.answer;

import byline.corpus.Article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the articles a question names: by outlet ("according to InsightArea", "BUSINESS 2.0's table") or by
 * publication date ("the May 22 piece"). Such a question is about that article, so its passages are
 * searched too and its sentences preferred.
 */
final class ArticleReferences {
    private record Reference(String doc, List<Pattern> patterns) {
    }

    private final List<Reference> references = new ArrayList<>();

    ArticleReferences(Collection<Article> articles) {
        for (Article a : articles) {
            List<Pattern> patterns = new ArrayList<>();
            if (a.outlet().length() >= 3) {
                patterns.add(words(a.outlet()));
            }
            date(a.published()).ifPresent(patterns::addAll);
            if (!patterns.isEmpty()) {
                references.add(new Reference(a.id(), patterns));
            }
        }
    }

    /** Ids of the articles {@code question} names; empty when it names none. */
    Set<String> in(String question) {
        Set<String> docs = new LinkedHashSet<>();
        for (Reference r : references) {
            if (r.patterns().stream().anyMatch(p -> p.matcher(question).find())) {
                docs.add(r.doc());
            }
        }
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
