package byline.live;

import java.util.Optional;

/**
 * What one look at the corpus folder found.
 *
 * @param change   what changed, when a new edition is now serving
 * @param problem  why the folder could not be used (the last good edition keeps serving), when it could not
 * @param articles articles served after the refresh
 */
public record Refresh(Optional<CorpusChange> change, Optional<String> problem, int articles) {

    static Refresh updated(CorpusChange change, int articles) {
        return new Refresh(Optional.of(change), Optional.empty(), articles);
    }

    static Refresh unchanged(int articles) {
        return new Refresh(Optional.empty(), Optional.empty(), articles);
    }

    static Refresh failed(String problem, int articles) {
        return new Refresh(Optional.empty(), Optional.of(problem), articles);
    }

    /** Whether a new edition was swapped in. */
    public boolean updated() {
        return change.isPresent();
    }
}
