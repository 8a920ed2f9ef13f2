package byline.retrieval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Embeddings on disk, keyed by a hash of the model id and every embedded text, so a second start embeds
 * nothing and any change to the corpus (or model) misses the cache. A corrupt or truncated file is a miss,
 * never a crash; writes go to a temporary file and are moved into place.
 */
public final class EmbeddingCache {
    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int MAGIC = 0x42594c31; // "BYL1"
    /** Magic, count and dimension; big-endian floats follow, then the CRC-32 of everything before it. */
    private static final int HEADER = 12;

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

    /** The folder this cache (and the large-corpus indexes kept next to it) lives in. */
    Path dir() {
        return dir;
    }

    /** Where a corpus's on-disk BM25 index with keyword key {@code key} is kept ({@link TextKeys#bm25()}). */
    Path bm25Dir(String key) {
        return dir.resolve("bm25-" + key);
    }

    /** Where the vector graph of a large corpus with embedding key {@code key} is kept. */
    Path graphDir(String key) {
        return dir.resolve("hnsw-" + key);
    }

    /** The cached vectors for {@code key}, or empty when absent, stale or damaged. Read in bulk, memory-mapped. */
    Optional<List<float[]>> read(String key, int expectedCount) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < HEADER + Long.BYTES || size > Integer.MAX_VALUE) {
                throw new IOException("size " + size);
            }
            ByteBuffer bytes = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            if (bytes.getInt(0) != MAGIC) {
                throw new IOException("bad magic");
            }
            int count = bytes.getInt(4);
            int dim = bytes.getInt(8);
            if (count != expectedCount || dim <= 0 || dim > 4096 || size != HEADER + (long) count * dim * 4 + 8) {
                throw new IOException("holds " + count + "x" + dim + ", expected " + expectedCount);
            }
            CRC32 crc = new CRC32();
            crc.update(bytes.duplicate().limit((int) size - Long.BYTES));
            if (bytes.getLong((int) size - Long.BYTES) != crc.getValue()) {
                throw new IOException("checksum mismatch");
            }
            FloatBuffer floats = bytes.position(HEADER).slice().asFloatBuffer();
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] v = new float[dim];
                floats.get(v);
                vectors.add(v);
            }
            CachePruning.markUsed(f);
            return Optional.of(vectors);
        } catch (IOException | RuntimeException e) {
            log.warn("embedding cache {} unusable ({}); rebuilding it", f.getFileName(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Removes the vectors stored under {@code key}; a failure only costs disk space and is logged. */
    void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            log.warn("could not delete embedding cache {} ({})", file(key), e.getMessage());
        }
    }

    /** Stores vectors; a failure to write is logged and otherwise ignored (the cache is an optimisation). */
    void write(String key, List<float[]> vectors) {
        Path f = file(key);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "embeddings-", ".tmp");
            int dim = vectors.isEmpty() ? 0 : vectors.get(0).length;
            CRC32 crc = new CRC32();
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(vectors.size()).putInt(dim);
                writeAll(ch, crc, header.flip());
                ByteBuffer block = ByteBuffer.allocate(Math.max(1, dim) * 4 * 1024);
                for (float[] v : vectors) {
                    if (block.remaining() < v.length * 4) {
                        writeAll(ch, crc, block.flip());
                        block.clear();
                    }
                    block.asFloatBuffer().put(v);
                    block.position(block.position() + v.length * 4);
                }
                writeAll(ch, crc, block.flip());
                ch.write(ByteBuffer.allocate(Long.BYTES).putLong(crc.getValue()).flip());
            }
            move(tmp, f);
        } catch (IOException e) {
            log.warn("could not write embedding cache {} ({})", f, e.getMessage());
        }
    }

    private static void writeAll(FileChannel ch, CRC32 crc, ByteBuffer buffer) throws IOException {
        crc.update(buffer.duplicate());
        while (buffer.hasRemaining()) {
            ch.write(buffer);
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
