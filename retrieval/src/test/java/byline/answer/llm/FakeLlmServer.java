package byline.answer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A local stand-in for an LLM vendor on 127.0.0.1: an OpenAI-compatible {@code /v1/chat/completions} or an
 * Anthropic {@code /v1/messages} endpoint that records each request and answers with a canned reply, an
 * HTTP error, or a reply delayed past the client's patience. Driven through the real langchain4j clients.
 */
final class FakeLlmServer implements AutoCloseable {

    /** Which vendor API the server speaks. */
    enum Dialect { OPENAI, ANTHROPIC }

    /** What the server sends back. */
    record Reply(int status, String body, Duration delay) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Dialect dialect;
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final BlockingQueue<Prompt> requests = new LinkedBlockingQueue<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Function<Prompt, Reply> replies = p -> new Reply(500, "{}", Duration.ZERO);

    FakeLlmServer(Dialect dialect) {
        this.dialect = dialect;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake LLM server", e);
        }
        server.createContext(dialect == Dialect.OPENAI ? "/v1/chat/completions" : "/v1/messages", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    /** A real langchain4j client for this server, without retries, with its own timeout. */
    ChatModel client(Duration clientTimeout) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        if (dialect == Dialect.OPENAI) {
            return OpenAiChatModel.builder().baseUrl(base).apiKey("test-key").modelName("test-model")
                    .timeout(clientTimeout).maxRetries(0).build();
        }
        return AnthropicChatModel.builder().baseUrl(base + "/").apiKey("test-key").modelName("test-model")
                .timeout(clientTimeout).maxRetries(0).build();
    }

    /** Answers every request with the text {@code text} computes from the prompt. */
    void replyText(Function<Prompt, String> text) {
        replies = p -> new Reply(200, completion(text.apply(p)), Duration.ZERO);
    }

    void reply(Function<Prompt, Reply> replies) {
        this.replies = replies;
    }

    /** The prompts received so far, oldest first; removes them. */
    List<Prompt> received() {
        List<Prompt> out = new java.util.ArrayList<>();
        requests.drainTo(out);
        return out;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Prompt prompt = Prompt.parse(json.readTree(body), dialect);
            requests.add(prompt);
            Reply reply = replies.apply(prompt);
            if (!reply.delay().isZero()) {
                closing.await(reply.delay().toMillis(), TimeUnit.MILLISECONDS); // released early by close()
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer
        }
    }

    /** A successful completion carrying {@code text}, in this server's dialect. */
    String completion(String text) {
        ObjectNode root = json.createObjectNode();
        if (dialect == Dialect.OPENAI) {
            root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "test-model");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text);
            root.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
        } else {
            root.put("id", "msg_1").put("type", "message").put("role", "assistant").put("model", "test-model")
                    .put("stop_reason", "end_turn");
            root.putArray("content").addObject().put("type", "text").put("text", text);
            root.putObject("usage").put("input_tokens", 1).put("output_tokens", 1);
        }
        return root.toString();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    /** What the model was sent: the system text and the user text. */
    record Prompt(String system, String user) {

        static Prompt parse(JsonNode body, Dialect dialect) {
            StringBuilder system = new StringBuilder(dialect == Dialect.ANTHROPIC ? text(body.path("system")) : "");
            StringBuilder user = new StringBuilder();
            for (JsonNode m : body.path("messages")) {
                (m.path("role").asText().equals("system") ? system : user).append(text(m.path("content")));
            }
            return new Prompt(system.toString(), user.toString());
        }

        private static String text(JsonNode content) {
            if (content.isTextual()) {
                return content.asText();
            }
            StringBuilder sb = new StringBuilder();
            content.forEach(part -> sb.append(part.path("text").asText()));
            return sb.toString();
        }

        /** The passage blocks of the user message, in order: block i holds passage [i + 1]. */
        List<String> passages() {
            return java.util.regex.Pattern.compile("(?s)<passage number=\"(\\d+)\">\\n(.*?)\\n</passage>")
                    .matcher(user).results().map(r -> r.group(2)).toList();
        }

        /** The number of the first passage containing {@code text}. */
        int passageWith(String text) {
            List<String> passages = passages();
            for (int i = 0; i < passages.size(); i++) {
                if (passages.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new AssertionError("no passage contains '" + text + "' in:\n" + user);
        }
    }
}
