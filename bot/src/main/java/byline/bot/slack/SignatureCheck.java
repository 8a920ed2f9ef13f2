package byline.bot.slack;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Slack's request signature ({@code v0=} HMAC-SHA256 of {@code "v0:" + timestamp + ":" + body}) checked over the
 * raw bytes as received, and the timestamp checked both ways: Bolt rejects old timestamps but accepts future
 * ones, which lets a captured request be replayed later.
 */
final class SignatureCheck {
    /** What a request's signature headers came to. */
    enum Verdict { VALID, MISSING, MALFORMED, OUT_OF_WINDOW, MISMATCH }

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,12}");
    private static final Pattern SIGNATURE = Pattern.compile("v0=[0-9a-fA-F]{64}");

    private final SecretKeySpec key;
    private final InstantSource clock;

    SignatureCheck(String signingSecret, InstantSource clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Verdict check(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return Verdict.MISSING;
        }
        if (!TIMESTAMP.matcher(timestamp).matches() || !SIGNATURE.matcher(signature).matches()) {
            return Verdict.MALFORMED;
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp));
        if (skew > WINDOW.toSeconds()) {
            return Verdict.OUT_OF_WINDOW;
        }
        byte[] expected = hmac(timestamp, body);
        byte[] given = HexFormat.of().parseHex(signature.substring(3));
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.MISMATCH;
    }

    /** The {@code v0=} signature Slack would send for this timestamp and body (for Byline's own warm-up). */
    String sign(String timestamp, byte[] body) {
        return "v0=" + HexFormat.of().formatHex(hmac(timestamp, body));
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }
}
