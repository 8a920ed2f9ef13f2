package byline.feeds;

import java.nio.file.Path;
import java.util.List;

/**
 * What one pass over some feeds did.
 *
 * @param added    articles written, with their titles and outlets
 * @param problems one line per feed or item that failed, naming its URL and the reason
 */
public record Ingest(List<Added> added, List<String> problems) {
    public Ingest {
        added = List.copyOf(added);
        problems = List.copyOf(problems);
    }

    /** An article written into the corpus folder. */
    public record Added(Path file, String title, String outlet, String url) {
    }
}
