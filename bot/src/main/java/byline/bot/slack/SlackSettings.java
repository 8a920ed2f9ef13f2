package byline.bot.slack;

import byline.config.ConfigException;
import byline.config.Settings;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Slack front end needs from the configuration, checked before anything starts.
 * {@link #toString()} never shows the token or the signing secret.
 *
 * @param botToken      {@code SLACK_BOT_TOKEN}, the bot's {@code xoxb-} token
 * @param signingSecret {@code SLACK_SIGNING_SECRET}, verifies that requests come from Slack
 * @param apiUrl        {@code SLACK_API_URL}, Web API base ending in {@code /}; empty for Slack's default
 * @param host          {@code BYLINE_HOST}, the address to listen on
 * @param port          {@code BYLINE_PORT}, 0 for any free port
 * @param workers       {@code BYLINE_WORKERS}, threads that answer (a bounded pool)
 * @param shutdownGrace {@code BYLINE_SHUTDOWN_GRACE}, how long answers in flight may take to finish on stop
 */
record SlackSettings(String botToken, String signingSecret, Optional<String> apiUrl, String host, int port,
                     int workers, Duration shutdownGrace) {

    static final String BOT_TOKEN = "slack.bot.token";
    static final String SIGNING_SECRET = "slack.signing.secret";
    static final String SHUTDOWN_GRACE = "byline.shutdown.grace";
    static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);

    SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(signingSecret, "signingSecret");
        apiUrl = apiUrl.map(u -> u.endsWith("/") ? u : u + "/");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new ConfigException("BYLINE_PORT must be between 0 and 65535, got " + port);
        }
        if (workers < 1) {
            throw new ConfigException("BYLINE_WORKERS must be at least 1, got " + workers);
        }
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    }

    /** Reads and checks the settings; a missing or invalid one raises a {@link ConfigException} naming it. */
    static SlackSettings from(Settings settings) {
        return new SlackSettings(
                settings.require(BOT_TOKEN),
                settings.require(SIGNING_SECRET),
                settings.get("slack.api.url"),
                settings.get("byline.host", "0.0.0.0"),
                settings.getInt("byline.port", 3000),
                settings.getInt("byline.workers", 4),
                settings.getDuration(SHUTDOWN_GRACE, DEFAULT_GRACE));
    }

    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl.orElse("(Slack)") + ", host=" + host + ", port=" + port
                + ", workers=" + workers + ", shutdownGrace=" + shutdownGrace.toMillis() + "ms]";
    }
}
