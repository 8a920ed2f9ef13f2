package byline.retrieval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which Lucene document holds which chunk in an on-disk index of a large corpus. Each document carries the slot
 * it was added with; a live update deletes and adds documents instead of rewriting the index, so afterwards a
 * chunk's ordinal (its place in the corpus) and its slot differ. The mapping is kept in the index's folder; an
 * index without it was written whole, in corpus order (slot = ordinal).
 */
final class Slots {
    private static final String FILE = "byline-slots";

    private final int[] ofOrdinal;
    private final int[] ordinalOf; // by slot; -1 for a deleted document

    Slots(int[] ofOrdinal) {
        this.ofOrdinal = ofOrdinal.clone();
        int size = Arrays.stream(ofOrdinal).max().orElse(-1) + 1;
        this.ordinalOf = new int[size];
        Arrays.fill(ordinalOf, -1);
        for (int ordinal = 0; ordinal < ofOrdinal.length; ordinal++) {
            ordinalOf[ofOrdinal[ordinal]] = ordinal;
        }
    }

    static Slots identity(int chunks) {
        int[] slots = new int[chunks];
        Arrays.setAll(slots, i -> i);
        return new Slots(slots);
    }

    /** The mapping kept in {@code dir} for {@code chunks} chunks; empty when it was kept for another number. */
    static Optional<Slots> read(Path dir, int chunks) throws IOException {
        Path f = dir.resolve(FILE);
        if (!Files.exists(f)) {
            return Optional.of(identity(chunks));
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
            int count = in.readInt();
            if (count != chunks) {
                return Optional.empty();
            }
            int[] slots = new int[count];
            for (int i = 0; i < count; i++) {
                slots[i] = in.readInt();
            }
            return Optional.of(new Slots(slots));
        }
    }

    /** Keeps the mapping in {@code dir}, moved into place whole. */
    void write(Path dir) throws IOException {
        Path tmp = Files.createTempFile(dir, FILE, ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(ofOrdinal.length);
            for (int slot : ofOrdinal) {
                out.writeInt(slot);
            }
        }
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes a mapping left in {@code dir}, before an index is written there whole. */
    static void clear(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(FILE));
    }

    int slot(int ordinal) {
        return ofOrdinal[ordinal];
    }

    /** The chunk a document's slot stands for, or -1 when no chunk of this corpus has it. */
    int ordinal(int slot) {
        return slot >= 0 && slot < ordinalOf.length ? ordinalOf[slot] : -1;
    }

    /** The first slot no document has had: new documents are numbered from here. */
    int next() {
        return ordinalOf.length;
    }
}
