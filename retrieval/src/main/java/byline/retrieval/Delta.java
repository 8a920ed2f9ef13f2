package byline.retrieval;

import byline.corpus.Chunk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a live update changes in an on-disk Lucene index of a large corpus's chunks. Articles are the unit: an
 * article whose chunks are all as they were keeps its documents; any other article loses all of its documents
 * and its chunks are added anew (their vectors are remembered, so re-adding costs no embedding). That lets BM25
 * delete by article id.
 *
 * @param removedDocs  articles whose documents go (removed or changed)
 * @param removedSlots the slots of those documents
 * @param added        ordinals of the chunks to add, in corpus order
 * @param slots        every chunk's slot after the update
 */
record Delta(Set<String> removedDocs, long[] removedSlots, List<Integer> added, Slots slots) {

    static Delta between(List<Chunk> before, Slots slotsBefore, List<Chunk> after) {
        Map<String, List<Integer>> old = byDocument(before);
        int[] slots = new int[after.size()];
        int next = slotsBefore.next();
        List<Integer> added = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (Map.Entry<String, List<Integer>> doc : byDocument(after).entrySet()) {
            List<Integer> was = old.get(doc.getKey());
            List<Integer> now = doc.getValue();
            if (was != null && same(before, was, after, now)) {
                kept.add(doc.getKey());
                for (int k = 0; k < now.size(); k++) {
                    slots[now.get(k)] = slotsBefore.slot(was.get(k));
                }
            } else {
                for (int ordinal : now) {
                    slots[ordinal] = next++;
                    added.add(ordinal);
                }
            }
        }
        Set<String> removed = new HashSet<>(old.keySet());
        removed.removeAll(kept);
        long[] removedSlots = removed.stream().flatMap(d -> old.get(d).stream())
                .mapToLong(slotsBefore::slot).toArray();
        return new Delta(removed, removedSlots, added, new Slots(slots));
    }

    private static Map<String, List<Integer>> byDocument(List<Chunk> chunks) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            out.computeIfAbsent(chunks.get(i).docId(), d -> new ArrayList<>()).add(i);
        }
        return out;
    }

    private static boolean same(List<Chunk> before, List<Integer> was, List<Chunk> after, List<Integer> now) {
        if (was.size() != now.size()) {
            return false;
        }
        for (int k = 0; k < was.size(); k++) {
            if (!before.get(was.get(k)).equals(after.get(now.get(k)))) {
                return false;
            }
        }
        return true;
    }
}
