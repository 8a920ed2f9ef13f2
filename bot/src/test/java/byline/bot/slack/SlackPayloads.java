package byline.bot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Event envelopes and interaction payloads shaped like the ones Slack sends. */
final class SlackPayloads {

    private SlackPayloads() {
    }

    static ObjectNode mention(String eventId, String channel, String ts, String threadTs, String text) {
        ObjectNode event = SignedRequests.JSON.createObjectNode().put("type", "app_mention").put("user", "UASKER")
                .put("text", text).put("ts", ts).put("channel", channel).put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return envelope(eventId, event);
    }

    static ObjectNode message(String eventId, String channel, String channelType, String ts, String threadTs,
                              String text) {
        ObjectNode event = SignedRequests.JSON.createObjectNode().put("type", "message").put("user", "UASKER")
                .put("text", text).put("ts", ts).put("channel", channel).put("channel_type", channelType)
                .put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return envelope(eventId, event);
    }

    /** A message posted by another app's bot user (bot_id set, no subtype, as modern apps post). */
    static ObjectNode botMessage(String eventId, String channel, String channelType, String ts, String botId,
                                 String text) {
        ObjectNode envelope = message(eventId, channel, channelType, ts, null, text);
        ((ObjectNode) envelope.get("event")).put("bot_id", botId).put("user", "UOTHERBOT");
        return envelope;
    }

    /**
     * A message from a bot that has no bot user (incoming webhooks, legacy integrations): {@code bot_id} and no
     * {@code user}, so nothing in the event names a user to compare with Byline's. {@code subtype} may be null.
     */
    static ObjectNode userlessBotMessage(String eventId, String channel, String channelType, String ts,
                                         String botId, String subtype) {
        ObjectNode envelope = message(eventId, channel, channelType, ts, null, "who leads robotics?");
        ObjectNode event = ((ObjectNode) envelope.get("event")).put("bot_id", botId);
        event.remove("user");
        if (subtype != null) {
            event.put("subtype", subtype);
        }
        return envelope;
    }

    private static ObjectNode envelope(String eventId, ObjectNode event) {
        ObjectNode envelope = SignedRequests.JSON.createObjectNode().put("token", "legacy-verification")
                .put("team_id", "T0TEST").put("api_app_id", "A0BYLINE").put("type", "event_callback")
                .put("event_id", eventId).put("event_time", 1_800_000_000);
        envelope.set("event", event);
        return envelope;
    }

    static ObjectNode shareAction(String value, String responseUrl) {
        ObjectNode payload = SignedRequests.JSON.createObjectNode().put("type", "block_actions")
                .put("api_app_id", "A0BYLINE").put("trigger_id", "trigger-share").put("response_url", responseUrl);
        payload.putObject("user").put("id", "UASKER").put("team_id", "T0TEST");
        payload.putObject("team").put("id", "T0TEST");
        payload.putObject("channel").put("id", "C0NEWS");
        payload.putObject("container").put("type", "message").put("is_ephemeral", true);
        payload.putArray("actions").addObject().put("type", "button").put("action_id", BlockKitRenderer.SHARE_ACTION)
                .put("block_id", "share").put("value", value).put("action_ts", "1800000000.1");
        return payload;
    }
}
