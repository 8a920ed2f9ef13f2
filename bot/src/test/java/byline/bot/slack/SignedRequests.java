package byline.bot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends requests to the server the way Slack does: signed with the signing secret, over real HTTP. */
final class SignedRequests {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String signingSecret;

    SignedRequests(String baseUrl, String signingSecret) {
        this.baseUrl = baseUrl;
        this.signingSecret = signingSecret;
    }

    HttpResponse<String> event(ObjectNode envelope) throws IOException, InterruptedException {
        return send(envelope.toString(), "application/json", now(), Map.of());
    }

    /** A redelivery, as Slack sends it when it did not see an acknowledgement in time. */
    HttpResponse<String> retry(ObjectNode envelope, int retryNum) throws IOException, InterruptedException {
        return send(envelope.toString(), "application/json", now(),
                Map.of("X-Slack-Retry-Num", String.valueOf(retryNum), "X-Slack-Retry-Reason", "http_timeout"));
    }

    HttpResponse<String> form(Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(body, "application/x-www-form-urlencoded", now(), Map.of());
    }

    /** Signed with the given secret and timestamp, to forge or age a request. */
    HttpResponse<String> signedWith(String secret, String body, String timestamp)
            throws IOException, InterruptedException {
        String signature = new SlackSignature.Generator(secret).generate(timestamp, body);
        return post(body, "application/json", Map.of("X-Slack-Request-Timestamp", timestamp,
                "X-Slack-Signature", signature));
    }

    HttpResponse<String> unsigned(String body) throws IOException, InterruptedException {
        return post(body, "application/json", Map.of());
    }

    /** A form body signed at a given timestamp, so that the very same bytes can be sent twice. */
    HttpResponse<String> formAt(String body, String timestamp) throws IOException, InterruptedException {
        String signature = new SlackSignature.Generator(signingSecret).generate(timestamp, body);
        return post(body, "application/x-www-form-urlencoded", Map.of("X-Slack-Request-Timestamp", timestamp,
                "X-Slack-Signature", signature));
    }

    /** Any body, sent chunked (no Content-Length) when {@code chunked}, signed correctly or not at all. */
    HttpResponse<String> raw(byte[] body, boolean chunked, boolean signed) throws IOException, InterruptedException {
        String timestamp = now();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + SlackServer.EVENTS_PATH))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (signed) {
            String signature = new SlackSignature.Generator(signingSecret).generate(timestamp,
                    new String(body, StandardCharsets.UTF_8));
            request.header("X-Slack-Request-Timestamp", timestamp).header("X-Slack-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a signed event over a plain socket and returns the socket without reading the response, so that a
     * test can see whether the acknowledgement had already arrived when something else happened.
     */
    java.net.Socket eventOverSocket(ObjectNode envelope) throws IOException {
        String body = envelope.toString();
        String timestamp = now();
        String signature = new SlackSignature.Generator(signingSecret).generate(timestamp, body);
        URI uri = URI.create(baseUrl);
        java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + SlackServer.EVENTS_PATH + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n"
                + "X-Slack-Request-Timestamp: " + timestamp + "\r\nX-Slack-Signature: " + signature + "\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return socket;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(5)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String body, String contentType, String timestamp, Map<String, String> extra)
            throws IOException, InterruptedException {
        String signature = new SlackSignature.Generator(signingSecret).generate(timestamp, body);
        Map<String, String> headers = new java.util.HashMap<>(extra);
        headers.put("X-Slack-Request-Timestamp", timestamp);
        headers.put("X-Slack-Signature", signature);
        return post(body, contentType, headers);
    }

    private HttpResponse<String> post(String body, String contentType, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + SlackServer.EVENTS_PATH))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }
}
