package byline.bot.discord;

import byline.config.ConfigException;
import byline.config.Settings;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The Discord settings, read once from {@link Settings}.
 *
 * @param token             the bot token (secret: never logged, never in {@link #toString()})
 * @param apiUrl            REST base URL override ending in {@code /}, empty for Discord's own
 * @param gatewayUrl        gateway URL override, empty for Discord's own
 * @param guildId           the guild to register slash commands in, empty to register them globally
 * @param workers           threads answering questions
 * @param questionsPerMinute how many questions one user may ask per minute (also the burst size)
 * @param shutdownGrace     how long answers in flight may take to finish when Byline stops
 */
record DiscordConfig(String token, String apiUrl, String gatewayUrl, OptionalLong guildId, int workers,
                     int questionsPerMinute, Duration shutdownGrace) {

    static final String TOKEN = "discord.bot.token";
    static final String API_URL = "discord.api.url";
    static final String GATEWAY_URL = "discord.gateway.url";
    static final String GUILD_ID = "discord.guild.id";
    static final String WORKERS = "byline.workers";
    static final String RATE = "discord.rate.per.minute";
    static final String SHUTDOWN_GRACE = "byline.shutdown.grace";
    static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);

    DiscordConfig {
        Objects.requireNonNull(token, "token");
        apiUrl = apiUrl == null || apiUrl.isBlank() || apiUrl.endsWith("/") ? strip(apiUrl) : apiUrl.strip() + "/";
        gatewayUrl = strip(gatewayUrl);
        Objects.requireNonNull(guildId, "guildId");
        if (workers < 1) {
            throw new ConfigException(Settings.envName(WORKERS) + " must be at least 1, got " + workers);
        }
        if (questionsPerMinute < 1) {
            throw new ConfigException(Settings.envName(RATE) + " must be at least 1, got " + questionsPerMinute);
        }
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    }

    /** Reads the settings; a missing token fails first, naming {@code DISCORD_BOT_TOKEN}. */
    static DiscordConfig from(Settings settings) {
        return new DiscordConfig(settings.require(TOKEN), settings.get(API_URL, ""), settings.get(GATEWAY_URL, ""),
                guild(settings), settings.getInt(WORKERS, 4), settings.getInt(RATE, 6),
                settings.getDuration(SHUTDOWN_GRACE, DEFAULT_GRACE));
    }

    private static OptionalLong guild(Settings settings) {
        String id = settings.get(GUILD_ID, "");
        if (id.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseUnsignedLong(id));
        } catch (NumberFormatException e) {
            throw new ConfigException(Settings.envName(GUILD_ID) + " must be a server id (digits), got '" + id + "'");
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** The host Byline talks to for REST calls: Discord's, or the configured one's. */
    String apiHost() {
        return apiUrl.isEmpty() ? "discord.com" : java.net.URI.create(apiUrl).getHost();
    }

    /** The token stays out of logs and stack traces. */
    @Override
    public String toString() {
        return "DiscordConfig[apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", guildId=" + guildId
                + ", workers=" + workers + ", questionsPerMinute=" + questionsPerMinute + ", shutdownGrace="
                + shutdownGrace.toMillis() + "ms, token=<set>]";
    }
}
