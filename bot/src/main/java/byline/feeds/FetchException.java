package byline.feeds;

import java.net.URI;

/** A feed or page that could not be fetched or read; the message names the URL and the reason. */
final class FetchException extends RuntimeException {
    FetchException(URI uri, String reason) {
        super(uri + ": " + reason);
    }
}
