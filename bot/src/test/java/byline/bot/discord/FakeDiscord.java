package byline.bot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.utils.TimeUtil;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local Discord for the tests: the REST API and the gateway on 127.0.0.1, one guild with one text channel,
 * and builders for the events a user causes (messages, DMs, slash commands).
 */
final class FakeDiscord implements AutoCloseable {
    static final String APP_ID = "1100000000000000001";
    static final String BOT_ID = APP_ID;
    static final String GUILD_ID = "1200000000000000001";
    static final String CHANNEL_ID = "1300000000000000001";
    /** The channel's messages endpoint, as the fake records it. */
    static final String CHANNEL_MESSAGES = "channels/" + CHANNEL_ID + "/messages";
    /** The person who asks in most tests. */
    static final Map<String, Object> READER = user("1400000000000000002", "reader", false);
    static final String THREAD_ID = "1300000000000000002";
    /** VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY, SEND_MESSAGES_IN_THREADS for @everyone. */
    static final String EVERYONE_PERMISSIONS = String.valueOf(68608L | (1L << 38));

    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, String> interactionChannels = new ConcurrentHashMap<>();
    private final FakeDiscordRest rest;
    private final FakeGateway gateway;

    FakeDiscord() throws Exception {
        rest = new FakeDiscordRest(this);
        gateway = new FakeGateway(this::ready, () -> List.of(guild()));
        rest.start();
        gateway.startAndWait();
    }

    FakeDiscordRest rest() {
        return rest;
    }

    FakeGateway gateway() {
        return gateway;
    }

    /** A fresh snowflake for the current time: JDA rejects interactions whose id looks older than 15 minutes. */
    String newId() {
        long millis = System.currentTimeMillis();
        return Long.toUnsignedString(TimeUtil.getDiscordTimestamp(millis) | (sequence.incrementAndGet() & 0x3FFFFF));
    }

    Map<String, Object> botUser() {
        return user(BOT_ID, "Byline", true);
    }

    static Map<String, Object> user(String id, String name, boolean bot) {
        return Json.obj("id", id, "username", name, "global_name", name, "discriminator", "0", "avatar", null,
                "bot", bot, "flags", 0);
    }

    /** A user sends {@code content} in the guild channel (or thread); {@code mentions} are users it pings. */
    Map<String, Object> guildMessage(String channelId, Map<String, Object> author, String content,
                                     List<Map<String, Object>> mentions) {
        Map<String, Object> message = message(channelId, author, content, mentions);
        message.put("guild_id", GUILD_ID);
        message.put("member", Json.obj("roles", List.of(), "joined_at", now(), "deaf", false, "mute", false,
                "flags", 0));
        return message;
    }

    /** A user sends {@code content} in their DM channel with the bot. */
    Map<String, Object> directMessage(String dmChannelId, Map<String, Object> author, String content) {
        return message(dmChannelId, author, content, List.of());
    }

    /** Makes {@code message} a reply to message {@code repliedTo} in the same channel. */
    static Map<String, Object> replyingTo(Map<String, Object> message, String repliedTo) {
        message.put("type", 19);
        message.put("message_reference", Json.obj("type", 0, "message_id", repliedTo,
                "channel_id", message.get("channel_id")));
        return message;
    }

    private Map<String, Object> message(String channelId, Map<String, Object> author, String content,
                                        List<Map<String, Object>> mentions) {
        return Json.obj("id", newId(), "channel_id", channelId, "author", author, "content", content,
                "timestamp", now(), "edited_timestamp", null, "tts", false, "mention_everyone", false,
                "mentions", mentions, "mention_roles", List.of(), "attachments", List.of(), "embeds", List.of(),
                "pinned", false, "type", 0, "flags", 0);
    }

    /** A user runs {@code /ask question:<question>} in the guild channel. */
    Map<String, Object> askInteraction(Map<String, Object> user, String question) {
        return slashCommand(user, "ask", List.of(Json.obj("name", "question", "type", 3, "value", question)));
    }

    /** A user runs the slash command {@code name} in the guild channel. */
    Map<String, Object> slashCommand(Map<String, Object> user, String name, List<Map<String, Object>> options) {
        String token = "token-" + newId();
        interactionChannels.put(token, CHANNEL_ID);
        return Json.obj("id", newId(), "application_id", APP_ID, "type", 2, "token", token, "version", 1,
                "guild_id", GUILD_ID, "guild", Json.obj("id", GUILD_ID, "locale", "en-US", "features", List.of()),
                "channel_id", CHANNEL_ID, "channel", Json.obj("id", CHANNEL_ID, "type", 0, "guild_id", GUILD_ID, "name", "news"),
                "member", Json.obj("user", user, "roles", List.of(), "joined_at", now(), "deaf", false,
                        "mute", false, "flags", 0, "permissions", EVERYONE_PERMISSIONS),
                "data", Json.obj("id", newId(), "name", name, "type", 1, "options", options),
                "locale", "en-US", "guild_locale", "en-US", "app_permissions", EVERYONE_PERMISSIONS,
                "entitlements", List.of(), "authorizing_integration_owners", Json.obj("0", GUILD_ID),
                "context", 0);
    }

    /** The message Discord would create for a POST/PATCH by the bot, echoing its content. */
    Map<String, Object> sentMessage(String channelId, JsonNode body) {
        return Json.obj("id", newId(), "channel_id", channelId, "author", botUser(),
                "content", body.path("content").asText(""), "timestamp", now(), "edited_timestamp", null,
                "tts", false, "mention_everyone", false, "mentions", List.of(), "mention_roles", List.of(),
                "attachments", List.of(), "embeds", List.of(), "pinned", false,
                "type", body.has("message_reference") ? 19 : 0, "flags", body.path("flags").asInt(0));
    }

    String channelOfInteraction(String token) {
        return interactionChannels.getOrDefault(token, CHANNEL_ID);
    }

    private Map<String, Object> ready() {
        return Json.obj("v", 10, "user", botUser(), "guilds", List.of(Json.obj("id", GUILD_ID, "unavailable", true)),
                "private_channels", List.of(), "session_id", "fake-session", "resume_gateway_url", gateway.url(),
                "application", Json.obj("id", APP_ID, "flags", 0), "relationships", List.of(), "presences", List.of());
    }

    private Map<String, Object> guild() {
        Map<String, Object> everyone = Json.obj("id", GUILD_ID, "name", "@everyone", "permissions", EVERYONE_PERMISSIONS,
                "position", 0, "color", 0, "colors", Json.obj("primary_color", 0, "secondary_color", null,
                        "tertiary_color", null), "hoist", false, "managed", false, "mentionable", false, "flags", 0);
        Map<String, Object> channel = Json.obj("id", CHANNEL_ID, "type", 0, "guild_id", GUILD_ID, "name", "news",
                "position", 0, "permission_overwrites", List.of(), "nsfw", false, "parent_id", null);
        Map<String, Object> thread = Json.obj("id", THREAD_ID, "type", 11, "guild_id", GUILD_ID, "name", "follow-ups",
                "parent_id", CHANNEL_ID, "owner_id", "1400000000000000001", "member_count", 2, "message_count", 1,
                "thread_metadata", Json.obj("archived", false, "auto_archive_duration", 1440, "locked", false,
                        "archive_timestamp", now()));
        Map<String, Object> self = Json.obj("user", botUser(), "roles", List.of(), "joined_at", now(),
                "deaf", false, "mute", false, "flags", 0);
        return Json.obj("id", GUILD_ID, "name", "Newsroom", "owner_id", "1400000000000000001", "afk_timeout", 300,
                "verification_level", 0, "default_message_notifications", 0, "explicit_content_filter", 0,
                "mfa_level", 0, "nsfw_level", 0, "premium_tier", 0, "features", List.of(), "emojis", List.of(),
                "stickers", List.of(), "guild_scheduled_events", List.of(), "soundboard_sounds", List.of(), "roles", List.of(everyone), "channels", List.of(channel),
                "threads", List.of(thread), "members", List.of(self), "member_count", 3, "voice_states", List.of(),
                "presences", List.of(), "large", false, "unavailable", false, "preferred_locale", "en-US",
                "system_channel_flags", 0, "premium_progress_bar_enabled", false, "joined_at", now());
    }

    private static String now() {
        return OffsetDateTime.now().toString();
    }

    @Override
    public void close() throws Exception {
        gateway.stop(1000);
        rest.stop();
    }
}
