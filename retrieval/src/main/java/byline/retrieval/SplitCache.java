package byline.retrieval;

import byline.corpus.Article;
import byline.corpus.Chunk;
import byline.corpus.Corpus;
import byline.corpus.CorpusSplitter;
import byline.corpus.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A large corpus split into chunks, with its lexicon, kept on disk so a warm start skips splitting and
 * analysing every sentence. Keyed by the articles' content and the bytes of the splitting code, so a changed
 * article or a changed splitter misses. A damaged file is a miss, never a crash.
 */
final class SplitCache {
    private static final Logger log = LoggerFactory.getLogger(SplitCache.class);
    private static final int MAGIC = 0x42595332; // "BYS2": the split, its lexicon and its text keys
    /** The classes whose behaviour decides the chunks: their bytes are part of the key. */
    private static final String[] SPLITTER = {"CorpusSplitter", "ArticleParser", "Chunker", "SentenceSplitter",
            "TableSegmenter", "LineClassifier", "LineKind", "Vocabulary", "OutletCredits", "Sentence", "Chunk"};

    private final Path dir;

    SplitCache(Path dir) {
        this.dir = dir;
    }

    record Split(List<Chunk> chunks, Lexicon lexicon, TextKeys keys) {
    }

    static String key(Corpus corpus) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(CodeFingerprint.of(CorpusSplitter.class, SPLITTER).getBytes(StandardCharsets.UTF_8));
            sha.update(Lexicon.codeFingerprint().getBytes(StandardCharsets.UTF_8));
            for (Article a : corpus.articles()) {
                for (String field : List.of(a.id(), a.title(), a.outlet(), a.published(), a.author(), a.url(), a.body())) {
                    sha.update(field.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the corpus", e);
        }
    }

    Optional<Split> read(String key) {
        Path f = dir.resolve("split-" + key + ".bin");
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("bad magic");
            }
            Map<String, String> strings = new HashMap<>();
            List<Chunk> chunks = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                chunks.add(readChunk(in, strings));
            }
            Lexicon lexicon = Lexicon.readFrom(in);
            TextKeys keys = new TextKeys(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF());
            if (in.readInt() != MAGIC) {
                throw new IOException("truncated");
            }
            CachePruning.markUsed(f);
            return Optional.of(new Split(chunks, lexicon, keys));
        } catch (IOException | RuntimeException e) {
            log.warn("split cache {} unusable ({}); splitting again", f.getFileName(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Stores the split; a failure is logged and otherwise ignored (the cache is an optimisation). */
    void write(String key, Split split) {
        List<Chunk> chunks = split.chunks();
        Lexicon lexicon = split.lexicon();
        TextKeys keys = split.keys();
        Path f = dir.resolve("split-" + key + ".bin");
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "split-", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(chunks.size());
                for (Chunk c : chunks) {
                    writeChunk(out, c);
                }
                lexicon.writeTo(out);
                for (String k : List.of(keys.model(), keys.vectors(), keys.keywordCode(), keys.bm25())) {
                    out.writeUTF(k);
                }
                out.writeInt(MAGIC);
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.warn("could not write split cache {} ({})", f, e.getMessage());
        }
    }

    /** Removes the split stored under {@code key}; a failure only costs disk space and is logged. */
    void delete(String key) {
        Path f = dir.resolve("split-" + key + ".bin");
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            log.warn("could not delete split cache {} ({})", f, e.getMessage());
        }
    }

    private static void writeChunk(DataOutputStream out, Chunk c) throws IOException {
        writeString(out, c.docId());
        out.writeInt(c.position());
        writeString(out, c.heading());
        out.writeInt(c.sentences().size());
        for (Sentence s : c.sentences()) {
            out.writeInt(s.position());
            writeString(out, s.text());
            out.writeByte(s.kind().ordinal());
            writeString(out, s.heading());
            out.writeInt(s.paragraph());
            writeString(out, s.credited());
        }
    }

    private static Chunk readChunk(DataInputStream in, Map<String, String> strings) throws IOException {
        String doc = shared(readString(in), strings);
        int position = in.readInt();
        String heading = shared(readString(in), strings);
        List<Sentence> sentences = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            sentences.add(new Sentence(doc, in.readInt(), readString(in), Sentence.Kind.values()[in.readByte()],
                    shared(readString(in), strings), in.readInt(), shared(readString(in), strings)));
        }
        return new Chunk(doc, position, heading, sentences);
    }

    /** Ids, headings and outlet names repeat across sentences: one String each. */
    private static String shared(String s, Map<String, String> strings) {
        return strings.computeIfAbsent(s, k -> k);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 24) {
            throw new IOException("bad string length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
