package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers citations in order of first use; one per article. The outlet a sentence credits ("according to
 * Reuters") goes on that article's citation line as its "via".
 */
final class CitationBuilder {
    private final Map<String, Article> articles;
    private final Map<String, Citation> byKey = new LinkedHashMap<>();

    CitationBuilder(Map<String, Article> articles) {
        this.articles = articles;
    }

    /** The citation number for {@code s}, creating the citation on first use. */
    int cite(Sentence s) {
        Citation c = byKey.computeIfAbsent(s.docId(), k -> {
            Article a = articles.get(s.docId());
            if (a == null) {
                throw new IllegalStateException("sentence of unknown article " + s.docId());
            }
            return new Citation(byKey.size() + 1, a.id(), a.outlet(), a.title(), a.published(), a.url(),
                    s.credited());
        });
        return c.number();
    }

    List<Citation> citations() {
        return new ArrayList<>(byKey.values());
    }
}
