package byline.bot.terminal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local OpenAI-compatible ({@code POST /v1/chat/completions}) and Anthropic ({@code POST /v1/messages}) API
 * on 127.0.0.1. It answers with the first words of passage [1] of the prompt, cited [1], or with a fixed HTTP
 * status; it counts the requests it gets.
 */
final class FakeChatApi implements AutoCloseable {
    private static final Pattern FIRST_PASSAGE = Pattern.compile("<passage number=\"1\">\\n\\[1] [^\\n]*\\n([^\\n]*)");
    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final int status;

    /** @param status 200 to answer, anything else to fail every request with it */
    FakeChatApi(int status) {
        this.status = status;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake chat API", e);
        }
        server.createContext("/v1/chat/completions", exchange -> handle(exchange, false));
        server.createContext("/v1/messages", exchange -> handle(exchange, true));
        server.start();
    }

    /** {@code http://127.0.0.1:PORT/v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange, boolean anthropic) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            JsonNode request = json.readTree(exchange.getRequestBody());
            byte[] body = (status == 200 ? reply(request, anthropic) : "{\"error\":{\"message\":\"down\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private String reply(JsonNode request, boolean anthropic) {
        Matcher m = FIRST_PASSAGE.matcher(request.toString().replace("\\n", "\n").replace("\\\"", "\""));
        String words = m.find() ? String.join(" ", java.util.Arrays.asList(m.group(1).split(" ")).subList(0,
                Math.min(12, m.group(1).split(" ").length))) : "no passage";
        String text = words + " [1].";
        ObjectNode root = json.createObjectNode();
        if (anthropic) {
            root.put("id", "msg_1").put("type", "message").put("role", "assistant").put("model", "m")
                    .put("stop_reason", "end_turn");
            root.putArray("content").addObject().put("type", "text").put("text", text);
            root.putObject("usage").put("input_tokens", 1).put("output_tokens", 1);
        } else {
            root.put("id", "c1").put("object", "chat.completion").put("created", 1).put("model", "m");
            ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text);
        }
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
