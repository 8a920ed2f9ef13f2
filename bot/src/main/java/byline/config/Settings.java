package byline.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byline's configuration, read in one place: the defaults shipped in the jar, then
 * {@code config/byline.properties} (or the file named by {@code BYLINE_CONFIG}), then environment variables.
 * A key {@code slack.bot.token} is overridden by the variable {@code SLACK_BOT_TOKEN}.
 * Secret values are never part of {@link #toString()} or any message.
 */
public final class Settings {
    private static final String DEFAULTS = "/byline/byline.properties";
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s)?");
    private final Map<String, String> values;

    public Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Defaults, then the properties file, then the environment. */
    public static Settings load(Map<String, String> env) {
        Map<String, String> merged = new HashMap<>();
        readInto(merged, Settings.class.getResourceAsStream(DEFAULTS), DEFAULTS);
        Path file = Path.of(env.getOrDefault("BYLINE_CONFIG", "config/byline.properties"));
        if (Files.isRegularFile(file)) {
            try {
                readInto(merged, Files.newInputStream(file), file.toString());
            } catch (IOException e) {
                throw new ConfigException("cannot read " + file + ": " + e.getMessage());
            }
        }
        for (String key : Map.copyOf(merged).keySet()) {
            String fromEnv = env.get(envName(key));
            if (fromEnv != null) {
                merged.put(key, fromEnv);
            }
        }
        env.forEach((k, v) -> {
            if (k.matches("(BYLINE|SLACK|DISCORD|OPENAI|ANTHROPIC|OLLAMA)_.*")) {
                merged.putIfAbsent(k.toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        return new Settings(merged);
    }

    private static void readInto(Map<String, String> into, InputStream in, String name) {
        if (in == null) {
            return;
        }
        try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            p.stringPropertyNames().forEach(k -> into.put(k, p.getProperty(k).strip()));
        } catch (IOException e) {
            throw new ConfigException("cannot read " + name + ": " + e.getMessage());
        }
    }

    /** {@code slack.bot.token} → {@code SLACK_BOT_TOKEN}. */
    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The value, or empty when unset or blank. */
    public Optional<String> get(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public int getInt(String key, int fallback) {
        Optional<String> v = get(key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.get());
        } catch (NumberFormatException e) {
            throw new ConfigException(envName(key) + " (" + key + ") must be a whole number, got '" + v.get() + "'");
        }
    }

    /** A duration: {@code 30} or {@code 30s} (seconds), {@code 1.5s}, {@code 1500ms}; zero is allowed. */
    public Duration getDuration(String key, Duration fallback) {
        Optional<String> v = get(key);
        if (v.isEmpty()) {
            return fallback;
        }
        Matcher m = DURATION.matcher(v.get().strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ConfigException(envName(key) + " (" + key + ") must be a duration such as 30, 30s or 1500ms; got '"
                    + v.get() + "'");
        }
        double amount = Double.parseDouble(m.group(1));
        return "ms".equals(m.group(2)) ? Duration.ofMillis(Math.round(amount))
                : Duration.ofMillis(Math.round(amount * 1000));
    }

    /**
     * A required value; the error names the environment variable to set, never the value. Required values are
     * secrets (tokens, signing secrets), so the error points to the environment only, never to the file.
     */
    public String require(String key) {
        String name = envName(key);
        return get(key).orElseThrow(() -> new ConfigException(
                name + " is not set: set it in the environment (export " + name + "=...)"));
    }

    @Override
    public String toString() {
        return "Settings" + values.keySet();
    }
}
