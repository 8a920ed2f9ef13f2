package byline.live;

import byline.corpus.Article;
import byline.corpus.Corpus;

import java.util.List;
import java.util.Map;

/**
 * Which articles an update added, changed and removed, by document id.
 */
public record CorpusChange(List<String> added, List<String> changed, List<String> removed) {
    public CorpusChange {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    static CorpusChange between(Corpus before, Corpus after) {
        Map<String, Article> old = before.byId();
        Map<String, Article> now = after.byId();
        List<String> added = now.keySet().stream().filter(id -> !old.containsKey(id)).sorted().toList();
        List<String> removed = old.keySet().stream().filter(id -> !now.containsKey(id)).sorted().toList();
        List<String> changed = now.keySet().stream()
                .filter(id -> old.containsKey(id) && !old.get(id).equals(now.get(id))).sorted().toList();
        return new CorpusChange(added, changed, removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** "added 3, changed 1, removed 0 articles". */
    public String describe() {
        return "added " + added.size() + ", changed " + changed.size() + ", removed " + removed.size() + " articles";
    }
}
