package byline.bot.discord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One REST request JDA made to the fake Discord.
 *
 * @param path      relative to {@code /api/v10/}
 * @param createdId id of the message the fake created for it, empty for other calls
 */
record RestCall(String method, String path, JsonNode body, String createdId) {

    boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    String content() {
        return body.path("content").asText("");
    }

    /** The {@code allowed_mentions} JDA sent: pings nobody when {@code parse} is empty and no reply ping. */
    boolean pingsNobody() {
        JsonNode allowed = body.path("allowed_mentions");
        return allowed.isObject() && allowed.path("parse").isArray() && allowed.path("parse").isEmpty()
                && !allowed.path("replied_user").asBoolean(true)
                && allowed.path("users").isMissingNode() && allowed.path("roles").isMissingNode();
    }

    /** Whether the SUPPRESS_EMBEDS flag (1 << 2) is set, so links show no preview. */
    boolean suppressesEmbeds() {
        return (body.path("flags").asInt(0) & 4) != 0;
    }
}
