package byline.corpus;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The loaded articles, plus the files that were skipped and why.
 *
 * @param articles loaded articles, ordered by id
 * @param skipped  files that could not be loaded, with the reason
 */
public record Corpus(List<Article> articles, List<Skipped> skipped) {

    public Corpus {
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
    }

    /** A file the loader could not use. */
    public record Skipped(String file, String reason) {
        public Skipped {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Map<String, Article> byId() {
        return articles.stream().collect(Collectors.toUnmodifiableMap(Article::id, Function.identity()));
    }
}
