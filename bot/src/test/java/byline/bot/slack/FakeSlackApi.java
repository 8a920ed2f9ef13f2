package byline.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Slack: the Web API under {@code /api/} (answers {@code auth.test} and {@code bots.info},
 * records {@code chat.postMessage} and any other call) and response URLs under {@code /respond/}.
 */
final class FakeSlackApi implements AutoCloseable {
    static final String BOT_USER_ID = "UBYLINE";
    static final String BOT_ID = "BBYLINE";
    private volatile boolean tokenRejected;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One Web API call: the method and its parameters (blocks stay a JSON string, as Slack receives them). */
    record ApiCall(String method, Map<String, String> params, String authorization) {
        String param(String name) {
            return params.get(name);
        }

        JsonNode blocks() {
            return FakeSlackApi.parse(params.getOrDefault("blocks", "[]"));
        }
    }

    /** One POST to a response URL. */
    record ResponsePost(String path, JsonNode body) {
    }

    /**
     * What the next {@code chat.postMessage} (or response URL post) meets instead of a plain success: an HTTP
     * status with headers and body, or a stall until the client gave up, after which the post still lands.
     */
    record Fault(int status, Map<String, String> headers, String body, Duration stall) {
        static Fault status(int status) {
            return new Fault(status, Map.of(), "", Duration.ZERO);
        }

        static Fault tooManyRequests(int retryAfterSeconds) {
            return new Fault(429, Map.of("Retry-After", String.valueOf(retryAfterSeconds)), "", Duration.ZERO);
        }

        static Fault error(String slackError) {
            return new Fault(200, Map.of(), "{\"ok\":false,\"error\":\"" + slackError + "\"}", Duration.ZERO);
        }

        /** Answers only after {@code stall}, with success: the message lands although the client timed out. */
        static Fault stall(Duration stall) {
            return new Fault(200, Map.of(), "", stall);
        }
    }

    private final HttpServer server;
    private final Queue<ApiCall> calls = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<ApiCall> posts = new LinkedBlockingQueue<>();
    private final BlockingQueue<ResponsePost> responses = new LinkedBlockingQueue<>();
    private final AtomicInteger ts = new AtomicInteger(1);
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final AtomicInteger postAttempts = new AtomicInteger();
    private final java.util.concurrent.Semaphore arrivals = new java.util.concurrent.Semaphore(0);
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", this::respond);
        server.setExecutor(executor);
        server.start();
    }

    /** The next posts meet these faults, in order, one each. */
    void failNextPosts(Fault... next) {
        faults.addAll(List.of(next));
    }

    /** Posts wait (without landing) until the returned latch is counted down, or 30 s. */
    CountDownLatch holdPosts() {
        gate = new CountDownLatch(1);
        return gate;
    }

    /** Waits until {@code count} more post attempts have arrived (held ones included); fails after the timeout. */
    void awaitAttempts(int count, Duration timeout) throws InterruptedException {
        if (!arrivals.tryAcquire(count, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(count + " post attempts did not arrive within " + timeout);
        }
    }

    /** Every attempt at a post (chat.postMessage or response URL), faults included. */
    int postAttempts() {
        return postAttempts.get();
    }

    String apiUrl() {
        return base() + "/api/";
    }

    String responseUrl(String id) {
        return base() + "/respond/" + id;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes {@code auth.test} answer {@code invalid_auth}, as Slack does for a wrong or revoked token. */
    void rejectToken() {
        tokenRejected = true;
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        ApiCall call = new ApiCall(method, form(body), exchange.getRequestHeaders().getFirst("Authorization"));
        calls.add(call);
        if (method.equals("chat.postMessage") && !passed(exchange, () -> posts.add(call))) {
            return;
        }
        String reply = switch (method) {
            case "auth.test" -> tokenRejected ? "{\"ok\":false,\"error\":\"invalid_auth\"}"
                    : "{\"ok\":true,\"url\":\"https://byline-test.slack.com/\",\"team\":\"Test\","
                    + "\"user\":\"byline\",\"team_id\":\"T0TEST\",\"user_id\":\"" + BOT_USER_ID + "\",\"bot_id\":\""
                    + BOT_ID + "\",\"is_enterprise_install\":false}";
            case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + call.param("channel") + "\",\"ts\":\"1800000000."
                    + String.format("%06d", ts.getAndIncrement()) + "\"}";
            // As Slack answers for an app's bot: its bot user is what Bolt's self-event filter compares.
            case "bots.info" -> "{\"ok\":true,\"bot\":{\"id\":\"" + call.param("bot") + "\",\"deleted\":false,"
                    + "\"name\":\"other\",\"app_id\":\"A0OTHER\",\"user_id\":\"U" + call.param("bot") + "\"}}";
            default -> "{\"ok\":true}";
        };
        send(exchange, reply);
    }

    private void respond(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        ResponsePost post = new ResponsePost(exchange.getRequestURI().getPath(), parse(body));
        if (passed(exchange, () -> responses.add(post))) {
            send(exchange, "ok");
        }
    }

    /**
     * Waits at the gate, then applies the next fault if any. Returns true when the caller should answer with
     * success; {@code land} records the post as delivered (a stalled post lands too, late).
     */
    private boolean passed(HttpExchange exchange, Runnable land) throws IOException {
        postAttempts.incrementAndGet();
        arrivals.release();
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Fault fault = faults.poll();
        if (fault == null) {
            land.run();
            return true;
        }
        if (!fault.stall().isZero()) {
            awaitQuietly(fault.stall());
            land.run();
            exchange.close(); // the client has long given up
            return false;
        }
        if (fault.status() == 200) {
            send(exchange, fault.body());
            return false;
        }
        fault.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(fault.status(), -1);
        exchange.close();
        return false;
    }

    private static void awaitQuietly(Duration stall) {
        try {
            new CountDownLatch(1).await(stall.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, String reply) throws IOException {
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", reply.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty() || body.startsWith("{")) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    /** The next {@code chat.postMessage}, in the order they arrived; fails after the timeout. */
    ApiCall nextPost(Duration timeout) throws InterruptedException {
        ApiCall call = posts.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (call == null) {
            throw new AssertionError("no chat.postMessage within " + timeout);
        }
        return call;
    }

    /** The next POST to a response URL; fails after the timeout. */
    ResponsePost nextResponse(Duration timeout) throws InterruptedException {
        ResponsePost post = responses.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (post == null) {
            throw new AssertionError("no response_url post within " + timeout);
        }
        return post;
    }

    /** Posts not yet taken with {@link #nextPost}. */
    List<ApiCall> pendingPosts() {
        return List.copyOf(posts);
    }

    List<ResponsePost> pendingResponses() {
        return List.copyOf(responses);
    }

    List<ApiCall> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        gate.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
