package byline.bot.slack;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Stands in front of Bolt on {@code /slack/events}: nothing reaches Bolt (which parses, and may log, a body
 * before checking it) unless it is small, signed with the signing secret over its raw bytes, timestamped within
 * five minutes either way, and not an exact replay. Rejections get a short plain-text body and no body is
 * logged. Once Bolt has produced the acknowledgement, the response is flushed and only then is the deferred
 * work ({@link AfterAck}) started, so no Web API call precedes the ack.
 */
final class VerifyingFilter implements Filter {
    /** Slack's payloads are a few kilobytes; 1 MB leaves room for any real one. */
    static final int MAX_BODY_BYTES = 1 << 20;
    /**
     * How much of an oversized body is read and discarded before answering 413, as Tomcat's maxSwallowSize does:
     * a client still sending when the connection closes sees a reset instead of the answer. Larger bodies are
     * cut off.
     */
    static final long MAX_SWALLOW_BYTES = 8L << 20;
    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    static final String SIGNATURE = "X-Slack-Signature";
    private static final Logger log = LoggerFactory.getLogger(VerifyingFilter.class);

    private final SignatureCheck signatures;
    private final RecentKeys replays;
    private final AfterAck afterAck;
    private final int maxBodyBytes;

    VerifyingFilter(SignatureCheck signatures, RecentKeys replays, AfterAck afterAck, int maxBodyBytes) {
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.replays = Objects.requireNonNull(replays, "replays");
        this.afterAck = Objects.requireNonNull(afterAck, "afterAck");
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!"POST".equals(request.getMethod())) {
            plain(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "POST only");
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            swallow(request);
            reject(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body too large");
            return;
        }
        // Reads at most one byte past the limit, so a body without Content-Length cannot exhaust memory either.
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            swallow(request);
            reject(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body too large");
            return;
        }
        String signature = request.getHeader(SIGNATURE);
        SignatureCheck.Verdict verdict = signatures.check(request.getHeader(TIMESTAMP), signature, body);
        if (verdict != SignatureCheck.Verdict.VALID) {
            reject(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized");
            log.debug("rejected a request from {}: signature {}", request.getRemoteAddr(), verdict);
            return;
        }
        if (!replays.firstTime(signature)) {
            // Acknowledged without effect: an exact copy of a request already handled changes nothing.
            log.info("ignored an exact replay of a signed request from {}", request.getRemoteAddr());
            plain(response, HttpServletResponse.SC_OK, "");
            return;
        }
        handOver(new CachedBodyRequest(request, body), response, chain);
    }

    private void handOver(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        List<Runnable> deferred;
        try {
            deferred = afterAck.collect(() -> chain.doFilter(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            // A signed body Bolt cannot read: say so briefly; the exception's message may quote the body.
            log.warn("Bolt could not handle a signed request: {}", e.getClass().getName());
            if (!response.isCommitted()) {
                response.reset();
                plain(response, HttpServletResponse.SC_BAD_REQUEST, "bad request");
            }
            return;
        } catch (Exception e) {
            throw new IllegalStateException("unexpected checked exception from the servlet chain", e);
        }
        response.flushBuffer();
        deferred.forEach(Runnable::run);
    }

    /** Reads and discards up to {@link #MAX_SWALLOW_BYTES} of what is left of the body (no memory kept). */
    private static void swallow(HttpServletRequest request) {
        try {
            long left = MAX_SWALLOW_BYTES;
            byte[] sink = new byte[8192];
            int n;
            while (left > 0 && (n = request.getInputStream().read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            log.debug("an oversized body ended early: {}", e.getClass().getSimpleName());
        }
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response, int status, String text)
            throws IOException {
        // The rest of a rejected body is not read; closing the connection spares reading it just to discard it.
        response.setHeader("Connection", "close");
        plain(response, status, text);
    }

    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] bytes = (text.isEmpty() ? "" : text + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
