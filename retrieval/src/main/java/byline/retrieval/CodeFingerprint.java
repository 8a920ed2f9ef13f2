package byline.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A hash of the bytes of some classes: part of a cache key, so changed code never reads a stale cache. */
final class CodeFingerprint {
    private CodeFingerprint() {
    }

    /** Hex hash of the class files named {@code simpleNames} in the package of {@code anchor}. */
    static String of(Class<?> anchor, String... simpleNames) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : simpleNames) {
                try (InputStream in = anchor.getResourceAsStream(name + ".class")) {
                    if (in == null) {
                        throw new IOException(name + ".class not found");
                    }
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fingerprint " + anchor.getPackageName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
