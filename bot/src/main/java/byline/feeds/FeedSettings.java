package byline.feeds;

import byline.config.ConfigException;
import byline.config.Settings;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How Byline follows news feeds, read from {@code byline.feeds*} settings.
 *
 * @param feeds       RSS 2.0 or Atom URLs; empty when none are configured
 * @param interval    time between two polls of every feed
 * @param hostSpacing least time between two requests to one host
 * @param timeout     longest wait for one response, body included
 * @param maxBytes    largest feed or page read; anything bigger is refused
 * @param userAgent   sent with every request, so site owners can tell who polls them
 */
public record FeedSettings(List<URI> feeds, Duration interval, Duration hostSpacing, Duration timeout, int maxBytes,
                           String userAgent) {
    static final String USER_AGENT = "Byline/0.1 (news question answering bot; polls each feed every few minutes)";

    public FeedSettings {
        feeds = List.copyOf(feeds);
    }

    public static FeedSettings from(Settings settings) {
        List<URI> feeds = urls(settings.get("byline.feeds", ""), "BYLINE_FEEDS (byline.feeds)");
        return new FeedSettings(feeds,
                settings.getDuration("byline.feeds.interval", Duration.ofMinutes(15)),
                settings.getDuration("byline.feeds.host.spacing", Duration.ofSeconds(2)),
                settings.getDuration("byline.feeds.timeout", Duration.ofSeconds(20)),
                settings.getInt("byline.feeds.max.bytes", 5 * 1024 * 1024),
                settings.get("byline.feeds.user.agent", USER_AGENT));
    }

    /** The same settings with other feeds (the URLs given to {@code byline ingest}). */
    public FeedSettings withFeeds(List<URI> urls) {
        return new FeedSettings(urls, interval, hostSpacing, timeout, maxBytes, userAgent);
    }

    /** Whitespace- or comma-separated http(s) URLs; anything else is a configuration error naming it. */
    public static List<URI> urls(String text, String where) {
        return Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isBlank()).map(s -> url(s, where)).toList();
    }

    private static URI url(String s, String where) {
        try {
            URI uri = new URI(s);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ConfigException(where + ": '" + s + "' is not an http(s) URL");
    }
}
