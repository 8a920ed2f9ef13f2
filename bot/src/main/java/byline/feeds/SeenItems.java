package byline.feeds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The feed items already written, by URL and by GUID, kept in a hidden file next to them so a restart does not
 * fetch them again. The same story in two feeds, or twice in one, is one article.
 */
final class SeenItems {
    private static final Logger log = LoggerFactory.getLogger(SeenItems.class);

    private final Path file;
    private final Set<String> keys;

    SeenItems(Path dir) {
        this.file = dir.resolve(".seen");
        this.keys = read(file);
    }

    synchronized boolean seen(FeedItem item) {
        return keys.contains("url " + normalise(item.link())) || keys.contains("id " + item.id());
    }

    /** Remembers the item, and the page URL it ended at after redirects. */
    synchronized void add(FeedItem item, URI finalUri) {
        Set<String> added = new HashSet<>();
        for (String key : List.of("url " + normalise(item.link()), "url " + normalise(finalUri.toString()),
                "id " + item.id())) {
            if (keys.add(key)) {
                added.add(key);
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, added.stream().map(k -> k + "\n").collect(Collectors.joining()),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.warn("cannot record fetched items in {} ({}); they may be fetched again after a restart", file,
                    e.getMessage());
        }
    }

    /** Scheme and host in lower case, no fragment, no tracking parameters, no trailing slash. */
    static String normalise(String url) {
        try {
            URI u = new URI(url);
            String query = u.getRawQuery() == null ? null : Stream.of(u.getRawQuery().split("&"))
                    .filter(p -> !p.toLowerCase(Locale.ROOT).matches("(utm_[a-z]+|fbclid|gclid)(=.*)?"))
                    .collect(Collectors.joining("&"));
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return (u.getScheme() + "://" + u.getRawAuthority()).toLowerCase(Locale.ROOT) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return url;
        }
    }

    private static Set<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new HashSet<>();
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).collect(Collectors.toCollection(HashSet::new));
        } catch (IOException | java.io.UncheckedIOException e) {
            log.warn("cannot read {} ({}); items already fetched may be fetched again", file, e.getMessage());
            return new HashSet<>();
        }
    }
}
