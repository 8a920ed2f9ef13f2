package byline.feeds;

import byline.CorpusOption;
import byline.config.ConfigException;
import byline.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code byline ingest [URL…]}: one pass over some feeds (or the configured ones), for cron or to try a feed
 * before configuring it. Prints each article it added; exit code 1 when a feed or item failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Fetch new articles from RSS/Atom feeds (default: BYLINE_FEEDS) into the corpus folder, once.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    private CorpusOption corpus = new CorpusOption();

    @Parameters(paramLabel = "URL", arity = "0..*", description = "Feed URLs (or article pages).")
    private List<String> urls = List.of();

    private final Settings settings;
    private final PrintStream out;

    public IngestCommand(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    @Override
    public Integer call() {
        FeedSettings configured = FeedSettings.from(settings);
        List<URI> feeds = urls.isEmpty() ? configured.feeds() : FeedSettings.urls(String.join(" ", urls), "ingest");
        if (feeds.isEmpty()) {
            throw new ConfigException("no feed to ingest: give URLs or set BYLINE_FEEDS");
        }
        Path dir = corpus.dir().or(() -> settings.get("byline.corpus").map(Path::of)).orElseThrow(() ->
                new ConfigException("ingest needs a corpus folder to write into: give --corpus DIR or set BYLINE_CORPUS"));
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("corpus folder not found: " + dir);
        }
        Ingest result = new FeedPoller(configured.withFeeds(feeds), FeedService.feedsFolder(dir)).poll(feeds);
        for (Ingest.Added a : result.added()) {
            out.printf("added %s — \"%s\" → %s%n", a.outlet().isEmpty() ? "(outlet not named)" : a.outlet(), a.title(),
                    dir.relativize(a.file()));
        }
        result.problems().forEach(p -> out.println("failed " + p));
        out.printf("%d article(s) added from %d feed(s), %d problem(s)%n", result.added().size(), feeds.size(),
                result.problems().size());
        return result.problems().isEmpty() ? 0 : 1;
    }
}
