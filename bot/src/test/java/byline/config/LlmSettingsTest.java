package byline.config;

import byline.config.LlmSettings.Provider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmSettingsTest {
    @TempDir
    Path dir;

    private LlmSettings from(Map<String, String> env) {
        return LlmSettings.from(Settings.load(env));
    }

    @Test
    void extractive_answers_stay_the_default() {
        LlmSettings llm = from(Map.of());

        assertFalse(llm.enabled());
        assertEquals(Provider.NONE, llm.provider());
        assertEquals(Duration.ofSeconds(20), llm.timeout());
    }

    @Test
    void openai_without_a_key_is_a_startup_error_naming_the_variable() {
        ConfigException e = assertThrows(ConfigException.class, () -> from(Map.of("BYLINE_LLM", "openai")));

        assertEquals("OPENAI_API_KEY is not set (needed because BYLINE_LLM=openai; set it in the environment)",
                e.getMessage());
    }

    @Test
    void anthropic_without_a_key_is_a_startup_error_naming_the_variable() {
        ConfigException e = assertThrows(ConfigException.class, () -> from(Map.of("BYLINE_LLM", "Anthropic")));

        assertTrue(e.getMessage().startsWith("ANTHROPIC_API_KEY is not set"), e.getMessage());
    }

    @Test
    void each_provider_has_a_default_model_and_base_url_and_ollama_needs_no_key() {
        assertEquals("openai/gpt-4o-mini", from(Map.of("BYLINE_LLM", "openai", "OPENAI_API_KEY", "k")).name());
        assertEquals("https://api.anthropic.com/v1/",
                from(Map.of("BYLINE_LLM", "anthropic", "ANTHROPIC_API_KEY", "k")).baseUrl());
        LlmSettings ollama = from(Map.of("BYLINE_LLM", "ollama"));
        assertEquals("ollama/llama3.1", ollama.name());
        assertEquals("http://localhost:11434", ollama.baseUrl());
        assertEquals("", ollama.apiKey());
    }

    @Test
    void an_openai_compatible_server_model_and_timeout_come_from_the_environment() {
        LlmSettings llm = from(Map.of("BYLINE_LLM", "openai", "OPENAI_API_KEY", "sk-secret",
                "OPENAI_BASE_URL", "http://127.0.0.1:8000/v1", "BYLINE_LLM_MODEL", "qwen2.5-7b-instruct",
                "BYLINE_LLM_TIMEOUT", "1500ms"));

        assertEquals("openai/qwen2.5-7b-instruct", llm.name());
        assertEquals("http://127.0.0.1:8000/v1", llm.baseUrl());
        assertEquals(Duration.ofMillis(1500), llm.timeout());
        assertFalse(llm.toString().contains("sk-secret"), llm.toString());
    }

    @Test
    void the_properties_file_configures_it_and_the_environment_wins() throws IOException {
        Path file = dir.resolve("byline.properties");
        Files.writeString(file, "byline.llm=anthropic\nbyline.llm.model=claude-from-file\nbyline.llm.timeout=7\n"
                + "anthropic.base.url=https://proxy.example/anthropic/v1/\n");

        LlmSettings llm = from(Map.of("BYLINE_CONFIG", file.toString(), "ANTHROPIC_API_KEY", "k",
                "BYLINE_LLM_MODEL", "claude-from-env"));

        assertEquals("anthropic/claude-from-env", llm.name());
        assertEquals(Duration.ofSeconds(7), llm.timeout());
        assertEquals("https://proxy.example/anthropic/v1/", llm.baseUrl());
    }

    @ParameterizedTest
    @CsvSource({"https://api.anthropic.com, https://api.anthropic.com/v1/",
            "http://127.0.0.1:9000/, http://127.0.0.1:9000/v1/", "http://127.0.0.1:9000/v1, http://127.0.0.1:9000/v1"})
    void an_anthropic_host_without_a_path_gets_the_api_version(String given, String used) {
        assertEquals(used, LlmSettings.withApiVersion(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt", "yes", "open ai"})
    void an_unknown_provider_is_named_in_the_error(String value) {
        ConfigException e = assertThrows(ConfigException.class, () -> from(Map.of("BYLINE_LLM", value)));

        assertEquals("BYLINE_LLM (byline.llm) must be one of none, openai, anthropic, ollama; got '" + value + "'",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "0", "-3", "20 minutes"})
    void a_bad_timeout_is_named_in_the_error(String value) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> from(Map.of("BYLINE_LLM", "ollama", "BYLINE_LLM_TIMEOUT", value)));

        assertTrue(e.getMessage().startsWith("BYLINE_LLM_TIMEOUT (byline.llm.timeout) must be"), e.getMessage());
    }

    @Test
    void a_base_url_that_is_not_http_is_named_in_the_error() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> from(Map.of("BYLINE_LLM", "ollama", "OLLAMA_BASE_URL", "localhost:11434")));

        assertTrue(e.getMessage().startsWith("OLLAMA_BASE_URL (ollama.base.url) must be an http(s) URL"),
                e.getMessage());
    }
}
