package byline.bot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Discord's REST API on 127.0.0.1, just enough for JDA: the bot user, message creation, interaction callbacks,
 * webhook edits and follow-ups, command registration. Records every call for the tests to inspect.
 */
final class FakeDiscordRest {
    static final String BASE = "/api/v10/";

    private final FakeDiscord discord;
    private final HttpServer server;
    private final List<RestCall> calls = new ArrayList<>();
    private final Deque<Integer> faults = new ArrayDeque<>();
    private final Deque<Integer> callbackFaults = new ArrayDeque<>();
    private final Deque<Integer> lateFollowUpFaults = new ArrayDeque<>();
    private final ChannelView shown = new ChannelView();
    private final CountDownLatch deliveryArrived = new CountDownLatch(1);
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private volatile boolean rejectToken;

    FakeDiscordRest(FakeDiscord discord) throws IOException {
        this.discord = discord;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(BASE, this::handle);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE;
    }

    /** Makes {@code GET users/@me} answer 401, as Discord does for a wrong token. */
    void rejectToken() {
        rejectToken = true;
    }

    /**
     * The next deliveries (message creation, interaction edits and follow-ups) answer these HTTP statuses, one
     * each, before the fake answers normally again.
     */
    synchronized void failNextDeliveries(Integer... statuses) {
        faults.addAll(List.of(statuses));
    }

    /** The next interaction callbacks (the deferrals of slash commands) answer these HTTP statuses, one each. */
    synchronized void failNextCallbacks(Integer... statuses) {
        callbackFaults.addAll(List.of(statuses));
    }

    /**
     * The next interaction follow-ups are created (they show in the channel) and then answered with these HTTP
     * statuses, one each: a server error that came after Discord did the work, so the client cannot tell.
     */
    synchronized void failNextFollowUpsAfterCreating(Integer... statuses) {
        lateFollowUpFaults.addAll(List.of(statuses));
    }

    private synchronized Integer nextLateFollowUpFault() {
        return lateFollowUpFaults.poll();
    }

    /** The messages the bot shows in {@code channelId}, oldest first, as a reader of the channel sees them. */
    List<ChannelView.Shown> shownIn(String channelId) {
        return shown.in(channelId);
    }

    private synchronized Integer nextCallbackFault() {
        return callbackFaults.poll();
    }

    /** Deliveries wait (up to 10 s each) until the returned latch is counted down. */
    CountDownLatch holdDeliveries() {
        CountDownLatch latch = new CountDownLatch(1);
        hold = latch;
        return latch;
    }

    /** Waits until a first delivery has reached the fake (held or not); false on timeout. */
    boolean awaitFirstDelivery(Duration timeout) throws InterruptedException {
        return deliveryArrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void holdIfAsked() {
        deliveryArrived.countDown();
        try {
            hold.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Integer nextFault() {
        return faults.poll();
    }

    synchronized List<RestCall> calls() {
        return List.copyOf(calls);
    }

    /** Waits until at least {@code count} recorded calls match, and returns the matching ones. */
    synchronized List<RestCall> await(Predicate<RestCall> matching, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<RestCall> found = calls.stream().filter(matching).toList();
            long left = deadline - System.nanoTime();
            if (found.size() >= count) {
                return found;
            }
            if (left <= 0) {
                throw new AssertionError("expected " + count + " matching REST calls, got " + found.size()
                        + "; all calls: " + calls);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(BASE.length());
        String method = exchange.getRequestMethod();
        JsonNode body = Json.read(payload(exchange));
        String created = "";
        try {
            created = respond(exchange, new RestCall(method, path, body, ""));
        } finally {
            record(new RestCall(method, path, body, created));
        }
    }

    private synchronized void record(RestCall call) {
        calls.add(call);
        notifyAll();
    }

    /** Answers the call like Discord would; returns the id of the message it created, if any. */
    private String respond(HttpExchange exchange, RestCall call) throws IOException {
        boolean delivery = call.is("POST", "channels/\\d+/messages") || call.is("POST", "webhooks/\\d+/[^/]+")
                || call.is("PATCH", "webhooks/\\d+/[^/]+/messages/@original");
        if (delivery) {
            holdIfAsked();
        }
        Integer fault = delivery ? nextFault()
                : call.is("POST", "interactions/\\d+/[^/]+/callback") ? nextCallbackFault() : null;
        if (fault != null) {
            send(exchange, fault, Json.obj("message", "fault injected by the test", "code", 0));
            return "";
        }
        if (call.is("GET", "users/@me")) {
            if (rejectToken) {
                send(exchange, 401, Json.obj("message", "401: Unauthorized", "code", 0));
            } else {
                send(exchange, 200, discord.botUser());
            }
        } else if (call.is("POST", "channels/\\d+/messages")) {
            Map<String, Object> message = discord.sentMessage(call.path().split("/")[1], call.body());
            shown.created(message, call.body());
            return created(exchange, message);
        } else if (call.is("POST", "interactions/\\d+/[^/]+/callback")) {
            send(exchange, 204, null);
        } else if (call.is("PATCH", "webhooks/\\d+/[^/]+/messages/@original")) {
            String token = call.path().split("/")[2];
            Map<String, Object> message = discord.sentMessage(discord.channelOfInteraction(token), call.body());
            shown.originalEdited(token, message, call.body());
            return created(exchange, message);
        } else if (call.is("POST", "webhooks/\\d+/[^/]+")) {
            Map<String, Object> message = discord.sentMessage(discord.channelOfInteraction(call.path().split("/")[2]),
                    call.body());
            shown.created(message, call.body());
            Integer late = nextLateFollowUpFault();
            if (late != null) {
                send(exchange, late, Json.obj("message", "fault injected by the test after creating", "code", 0));
                return (String) message.get("id");
            }
            return created(exchange, message);
        } else if (call.is("PUT", "applications/\\d+(/guilds/\\d+)?/commands")) {
            send(exchange, 200, registered(call.body()));
        } else {
            send(exchange, 404, Json.obj("message", "Unknown route in the fake Discord", "code", 0));
        }
        return "";
    }

    private static String created(HttpExchange exchange, Map<String, Object> message) throws IOException {
        send(exchange, 200, message);
        return (String) message.get("id");
    }

    private JsonNode registered(JsonNode commands) {
        for (JsonNode command : commands) {
            ((ObjectNode) command).put("id", discord.newId()).put("application_id", FakeDiscord.APP_ID)
                    .put("version", discord.newId());
        }
        return commands;
    }

    private static String payload(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("multipart/")) {
            // JDA sends messages with attachments as multipart; the JSON part is named payload_json.
            int start = text.indexOf('{', text.indexOf("name=\"payload_json\""));
            int end = text.lastIndexOf('}');
            return text.substring(start, end + 1);
        }
        return text;
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
