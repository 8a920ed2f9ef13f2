package byline.retrieval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Embeddings on disk, keyed by a hash of the model id and every embedded text, so a second start embeds
 * nothing and any change to the corpus (or model) misses the cache. A corrupt or truncated file is a miss,
 * never a crash; writes go to a temporary file and are moved into place.
 */
public final class EmbeddingCache {
    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int MAGIC = 0x42594c31; // "BYL1"

    private final Path dir;

    public EmbeddingCache(Path dir) {
        this.dir = dir;
    }

    /** The default folder: {@code ~/.cache/byline}. */
    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "byline");
    }

    static String key(String modelId, List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(modelId.getBytes(StandardCharsets.UTF_8));
            for (String t : texts) {
                sha.update((byte) 0);
                sha.update(t.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    Path file(String key) {
        return dir.resolve("embeddings-" + key + ".bin");
    }

    /** The cached vectors for {@code key}, or empty when absent, stale or damaged. */
    Optional<List<float[]>> read(String key, int expectedCount) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        try (DataInputStream in = new DataInputStream(new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(f), 1 << 16), crc))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("bad magic");
            }
            int count = in.readInt();
            int dim = in.readInt();
            if (count != expectedCount || dim <= 0 || dim > 4096) {
                throw new IOException("holds " + count + "x" + dim + ", expected " + expectedCount);
            }
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] v = new float[dim];
                for (int j = 0; j < dim; j++) {
                    v[j] = in.readFloat();
                }
                vectors.add(v);
            }
            long expected = crc.getValue();
            if (in.readLong() != expected) {
                throw new IOException("checksum mismatch");
            }
            return Optional.of(vectors);
        } catch (IOException | RuntimeException e) {
            log.warn("embedding cache {} unusable ({}); rebuilding it", f.getFileName(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Stores vectors; a failure to write is logged and otherwise ignored (the cache is an optimisation). */
    void write(String key, List<float[]> vectors) {
        Path f = file(key);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "embeddings-", ".tmp");
            CRC32 crc = new CRC32();
            try (DataOutputStream out = new DataOutputStream(new CheckedOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), crc))) {
                out.writeInt(MAGIC);
                out.writeInt(vectors.size());
                out.writeInt(vectors.isEmpty() ? 0 : vectors.get(0).length);
                for (float[] v : vectors) {
                    for (float x : v) {
                        out.writeFloat(x);
                    }
                }
                out.flush();
                out.writeLong(crc.getValue());
            }
            move(tmp, f);
        } catch (IOException e) {
            log.warn("could not write embedding cache {} ({})", f, e.getMessage());
        }
    }

    private static void move(Path tmp, Path f) throws IOException {
        try {
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
