package byline.feeds;

import java.util.Optional;

/**
 * One entry of a feed, as the feed describes it.
 *
 * @param id        the GUID (RSS) or id (Atom); the link when the feed gives none
 * @param link      the article's page
 * @param title     the headline, possibly empty
 * @param author    the byline, possibly empty
 * @param published ISO date (yyyy-mm-dd), possibly empty
 * @param outlet    the feed's own title, possibly empty
 */
record FeedItem(String id, String link, String title, String author, String published, String outlet) {
    Optional<String> titleIfAny() {
        return title.isBlank() ? Optional.empty() : Optional.of(title);
    }
}
