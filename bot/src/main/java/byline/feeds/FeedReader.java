package byline.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Reads RSS 2.0 and Atom (and Rome's other formats) into {@link FeedItem}s; links are made absolute. */
final class FeedReader {

    /**
     * @throws FetchException naming the feed when the bytes are not a feed Rome can read
     */
    List<FeedItem> read(URI feed, byte[] xml) {
        SyndFeed parsed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from a stranger's XML
            parsed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchException(feed, "not a readable RSS or Atom feed (" + firstLine(e.getMessage()) + ")");
        }
        String outlet = text(parsed.getTitle());
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : parsed.getEntries()) {
            String link = text(e.getLink());
            if (link.isEmpty()) {
                continue; // nothing to fetch
            }
            String absolute;
            try {
                absolute = feed.resolve(link.replace(" ", "%20")).toString();
            } catch (IllegalArgumentException bad) {
                continue; // a link that is not a URL
            }
            String id = text(e.getUri()).isEmpty() ? absolute : text(e.getUri());
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            items.add(new FeedItem(id, absolute, text(e.getTitle()), text(e.getAuthor()), isoDate(date), outlet));
        }
        return items;
    }

    private static String isoDate(Date date) {
        return date == null ? "" : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String firstLine(String s) {
        return s == null ? "no detail" : s.lines().findFirst().orElse("").strip();
    }
}
