package byline.feeds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One pass over some feeds: each feed is fetched (conditionally), each item not seen before has its page
 * fetched and its story extracted and written into the corpus folder. A URL given instead of a feed that turns
 * out to be an article page is taken as that one article. Every failure is one warning; the rest go on.
 */
public final class FeedPoller {
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final PoliteHttp http;
    private final FeedReader reader = new FeedReader();
    private final PageExtractor extractor = new PageExtractor();
    private final ArticleFiles files;
    private final SeenItems seen;
    private final Map<URI, PoliteHttp.Validators> validators = new HashMap<>();
    private final Set<String> failed = new HashSet<>(); // items that failed: warned once, retried next pass quietly

    /**
     * @param dir where articles are written: the corpus folder's {@code feeds} subfolder
     */
    public FeedPoller(FeedSettings settings, Path dir) {
        this.http = new PoliteHttp(settings);
        this.files = new ArticleFiles(dir);
        this.seen = new SeenItems(dir);
    }

    /** Polls every feed once. Never throws: failures are in the result (and logged). */
    public synchronized Ingest poll(List<URI> feeds) {
        List<Ingest.Added> added = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (URI feed : feeds) {
            try {
                pollFeed(feed, added, problems);
            } catch (FetchException e) {
                problems.add(e.getMessage());
                log.warn("feed {}", e.getMessage());
            } catch (RuntimeException e) {
                problems.add(feed + ": " + e);
                log.warn("feed {}: {}", feed, e.toString());
            }
        }
        return new Ingest(added, problems);
    }

    private void pollFeed(URI feed, List<Ingest.Added> added, List<String> problems) {
        PoliteHttp.Fetched got = http.get(feed, validators.getOrDefault(feed, PoliteHttp.Validators.NONE));
        if (got.notModified()) {
            log.debug("feed {} not modified", feed);
            return;
        }
        List<FeedItem> items;
        try {
            items = reader.read(feed, got.body());
        } catch (FetchException notFeed) {
            if (!isHtml(got)) {
                throw notFeed;
            }
            FeedItem page = new FeedItem(got.uri().toString(), got.uri().toString(), "", "", "", "");
            if (!seen.seen(page)) {
                store(page, got).ifPresent(added::add);
            }
            return;
        }
        validators.put(feed, got.validators()); // only once its items are known to be readable
        for (FeedItem item : items) {
            if (seen.seen(item)) {
                continue;
            }
            try {
                store(item, http.get(URI.create(item.link()), PoliteHttp.Validators.NONE)).ifPresent(added::add);
                failed.remove(item.id());
            } catch (RuntimeException e) {
                String problem = e instanceof FetchException ? e.getMessage() : item.link() + ": " + e;
                problems.add(problem);
                if (failed.add(item.id())) {
                    log.warn("feed item {}", problem);
                }
            }
        }
    }

    private Optional<Ingest.Added> store(FeedItem item, PoliteHttp.Fetched page) {
        if (!item.link().equals(page.uri().toString()) && seen.seen(redirected(item, page.uri()))) {
            seen.add(item, page.uri()); // the same story under another address
            return Optional.empty();
        }
        Page story = extractor.extract(page.uri(), page.body());
        String outlet = !story.siteName().isEmpty() ? story.siteName() : item.outlet();
        ArticleFiles.Fetched article = new ArticleFiles.Fetched(
                item.titleIfAny().orElse(story.title()), outlet,
                item.published().isEmpty() ? story.published() : item.published(),
                item.author().isEmpty() ? story.author() : item.author(), item.link(), story.text());
        if (article.title().isBlank()) {
            throw new FetchException(page.uri(), "no title in the feed or the page");
        }
        Path file = files.write(article);
        seen.add(item, page.uri());
        return Optional.of(new Ingest.Added(file, article.title(), article.outlet(), article.url()));
    }

    private static FeedItem redirected(FeedItem item, URI to) {
        return new FeedItem(item.id(), to.toString(), item.title(), item.author(), item.published(), item.outlet());
    }

    private static boolean isHtml(PoliteHttp.Fetched got) {
        return got.contentType().map(t -> t.toLowerCase().contains("html")).orElse(false);
    }
}
