package byline.config;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which LLM, if any, writes Byline's answers: read from {@link Settings} in one place and checked at startup,
 * so a missing key is a clear error naming the variable, not a failed first answer.
 *
 * @param provider who serves the model; {@link Provider#NONE} keeps the offline extractive answers
 * @param model    the model id (a default per provider unless {@code BYLINE_LLM_MODEL} is set)
 * @param timeout  the longest a user waits for the model before the extractive answer is served
 * @param apiKey   the provider's key; empty for Ollama and for none. Never printed.
 * @param baseUrl  the provider's API base (an OpenAI-compatible server, a proxy, a local Ollama)
 */
public record LlmSettings(Provider provider, String model, Duration timeout, String apiKey, String baseUrl) {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s)?");

    /** The supported providers, each with its default model, base URL and key setting. */
    public enum Provider {
        NONE("", "", ""),
        OPENAI("gpt-4o-mini", "https://api.openai.com/v1", "openai.api.key"),
        ANTHROPIC("claude-haiku-4-5", "https://api.anthropic.com/v1/", "anthropic.api.key"),
        OLLAMA("llama3.1", "http://localhost:11434", "");

        final String defaultModel;
        final String defaultBaseUrl;
        final String keySetting;

        Provider(String defaultModel, String defaultBaseUrl, String keySetting) {
            this.defaultModel = defaultModel;
            this.defaultBaseUrl = defaultBaseUrl;
            this.keySetting = keySetting;
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Reads {@code byline.llm} and the chosen provider's settings; throws {@link ConfigException} when unusable. */
    public static LlmSettings from(Settings settings) {
        Provider provider = provider(settings.get("byline.llm", "none"));
        Duration timeout = settings.get("byline.llm.timeout").map(LlmSettings::duration).orElse(DEFAULT_TIMEOUT);
        if (provider == Provider.NONE) {
            return new LlmSettings(provider, "", timeout, "", "");
        }
        String model = settings.get("byline.llm.model", provider.defaultModel);
        String baseUrl = settings.get(provider.id() + ".base.url", provider.defaultBaseUrl);
        checkUrl(provider.id() + ".base.url", baseUrl);
        if (provider == Provider.ANTHROPIC) {
            baseUrl = withApiVersion(baseUrl);
        }
        String key = provider.keySetting.isEmpty() ? "" : settings.get(provider.keySetting).orElseThrow(() ->
                new ConfigException(Settings.envName(provider.keySetting) + " is not set (needed because BYLINE_LLM="
                        + provider.id() + "; set it in the environment)"));
        return new LlmSettings(provider, model, timeout, key, baseUrl);
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    /** {@code openai/gpt-4o-mini}: how answers name the model. */
    public String name() {
        return provider.id() + "/" + model;
    }

    private static Provider provider(String value) {
        try {
            return Provider.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("BYLINE_LLM (byline.llm) must be one of " + Arrays.stream(Provider.values())
                    .map(Provider::id).collect(Collectors.joining(", ")) + "; got '" + value + "'");
        }
    }

    /** {@code 20}, {@code 20s}, {@code 1.5s} or {@code 1500ms}; a bare number is seconds. */
    static Duration duration(String value) {
        Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Double.parseDouble(m.group(1)) <= 0) {
            throw new ConfigException("BYLINE_LLM_TIMEOUT (byline.llm.timeout) must be a positive duration such as "
                    + "20, 20s or 1500ms; got '" + value + "'");
        }
        double amount = Double.parseDouble(m.group(1));
        return "ms".equals(m.group(2)) ? Duration.ofMillis(Math.round(amount))
                : Duration.ofMillis(Math.round(amount * 1000));
    }

    /**
     * Anthropic's own SDKs take the host alone ({@code https://api.anthropic.com}); langchain4j wants the
     * {@code /v1/} path. A URL with no path gets it; any other path (a proxy's) is kept as given.
     */
    static String withApiVersion(String url) {
        String path = URI.create(url).getPath();
        return path == null || path.isEmpty() || path.equals("/") ? url.replaceAll("/*$", "") + "/v1/" : url;
    }

    private static void checkUrl(String key, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !Optional.ofNullable(uri.getScheme()).orElse("").matches("https?")) {
            throw new ConfigException(Settings.envName(key) + " (" + key + ") must be an http(s) URL; got '" + url + "'");
        }
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "LlmSettings[" + (enabled() ? name() + ", timeout=" + timeout + ", baseUrl=" + baseUrl
                + ", apiKey=" + (apiKey.isEmpty() ? "none" : "set") : "none") + "]";
    }
}
