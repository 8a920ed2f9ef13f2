package byline.retrieval;

import byline.corpus.Chunk;
import byline.corpus.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The composed vectors of the chunks of the last large-corpus build, by what a vector is composed from: the
 * chunk's heading and sentence texts. A live update then embeds only the distinct texts of chunks not seen
 * before. Each text is embedded on its own and composed in the same order, so an update gives exactly the
 * vectors a full build would. The arrays are the ones the index holds, so remembering costs the map alone.
 */
final class ChunkVectors {
    private Map<Key, float[]> known = Map.of();

    /** What a chunk's vector is a function of (the chunk's {@code indexText()} could join different splits alike). */
    private record Key(String heading, List<String> sentences) {
        static Key of(Chunk c) {
            return new Key(c.heading(), c.sentences().stream().map(Sentence::text).toList());
        }
    }

    /** Each chunk's vector: remembered, or composed from newly embedded distinct texts of the unseen chunks. */
    List<float[]> of(List<Chunk> chunks, Function<List<String>, List<float[]>> embed) {
        List<Chunk> unseen = chunks.stream().filter(c -> !known.containsKey(Key.of(c))).toList();
        Map<Key, float[]> fresh = new HashMap<>();
        if (!unseen.isEmpty()) {
            ChunkTexts texts = new ChunkTexts(unseen);
            List<float[]> composed = texts.chunkVectors(embed.apply(texts.texts()));
            for (int i = 0; i < unseen.size(); i++) {
                fresh.put(Key.of(unseen.get(i)), composed.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(chunks.size());
        for (Chunk c : chunks) {
            Key k = Key.of(c);
            out.add(known.containsKey(k) ? known.get(k) : fresh.get(k));
        }
        return out;
    }

    /** Remembers these chunks' vectors and no others: a removed article's chunks are forgotten. */
    void keep(List<Chunk> chunks, List<float[]> vectors) {
        Map<Key, float[]> next = new HashMap<>(chunks.size() * 2);
        for (int i = 0; i < chunks.size(); i++) {
            next.put(Key.of(chunks.get(i)), vectors.get(i));
        }
        known = next;
    }
}
