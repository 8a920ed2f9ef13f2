package byline.bot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A Discord gateway on 127.0.0.1 speaking plain JSON: HELLO on connect, READY (and the guilds' GUILD_CREATE)
 * after IDENTIFY, heartbeat ACKs, and whatever events a test dispatches.
 */
final class FakeGateway extends WebSocketServer {
    private final Supplier<Map<String, Object>> ready;
    private final Supplier<List<Map<String, Object>>> guilds;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final CompletableFuture<JsonNode> identify = new CompletableFuture<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile WebSocket client;

    FakeGateway(Supplier<Map<String, Object>> ready, Supplier<List<Map<String, Object>>> guilds) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.ready = ready;
        this.guilds = guilds;
        setReuseAddr(true);
    }

    void startAndWait() throws Exception {
        start();
        started.get(10, TimeUnit.SECONDS);
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    /** The IDENTIFY payload JDA sent (intents, token). */
    CompletableFuture<JsonNode> identify() {
        return identify;
    }

    /** Sends a dispatch event (op 0) to the connected client. */
    void dispatch(String type, Object data) {
        WebSocket ws = client;
        if (ws == null) {
            throw new IllegalStateException("no client connected to the fake gateway");
        }
        ws.send(Json.write(Json.obj("op", 0, "t", type, "s", sequence.incrementAndGet(), "d", data)));
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        client = conn;
        conn.send(Json.write(Json.obj("op", 10, "d", Json.obj("heartbeat_interval", 41_250))));
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode payload = Json.read(message);
        switch (payload.path("op").asInt(-1)) {
            case 1 -> conn.send(Json.write(Json.obj("op", 11)));
            case 2 -> {
                identify.complete(payload.path("d"));
                dispatch("READY", ready.get());
                guilds.get().forEach(guild -> dispatch("GUILD_CREATE", guild));
            }
            default -> { } // presence updates and the like need no answer
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (conn == client) {
            client = null;
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        started.completeExceptionally(ex);
    }

    @Override
    public void onStart() {
        started.complete(null);
    }
}
