package byline.bot.discord;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the fake Discord shows in its channels, as a reader would see it: every message the bot created, once per
 * enforced nonce, with an interaction's original response replaced in place by each edit. The REST log says what
 * the client sent; this says what the user got.
 */
final class ChannelView {

    /** One message as shown: its content, then the descriptions of its embeds, one per line. */
    record Shown(String id, String channelId, String text) {
    }

    private final List<Shown> messages = new ArrayList<>();
    private final Map<String, Integer> originals = new HashMap<>(); // interaction token -> index in messages
    private final Set<String> nonces = new HashSet<>();

    /** A message was created from a request {@code body}; a repeated enforced nonce shows nothing new. */
    synchronized void created(Map<String, Object> message, JsonNode body) {
        String nonce = body.path("nonce").asText("");
        if (body.path("enforce_nonce").asBoolean() && !nonce.isEmpty()
                && !nonces.add(message.get("channel_id") + "/" + nonce)) {
            return;
        }
        messages.add(shown(message, body));
    }

    /** The interaction's original response now reads as {@code body}; it is created by the first edit. */
    synchronized void originalEdited(String token, Map<String, Object> message, JsonNode body) {
        Integer at = originals.get(token);
        if (at == null) {
            originals.put(token, messages.size());
            messages.add(shown(message, body));
        } else {
            Shown before = messages.get(at);
            messages.set(at, new Shown(before.id(), before.channelId(), shown(message, body).text()));
        }
    }

    synchronized List<Shown> in(String channelId) {
        return messages.stream().filter(m -> m.channelId().equals(channelId)).toList();
    }

    private static Shown shown(Map<String, Object> message, JsonNode body) {
        StringBuilder text = new StringBuilder(body.path("content").asText(""));
        for (JsonNode embed : body.path("embeds")) {
            text.append('\n').append(embed.path("description").asText(""));
        }
        return new Shown((String) message.get("id"), (String) message.get("channel_id"), text.toString());
    }
}
