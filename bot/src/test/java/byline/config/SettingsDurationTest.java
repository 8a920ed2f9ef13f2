package byline.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsDurationTest {

    @Test
    void given_seconds_or_a_unit_then_the_duration_is_read_and_unset_gives_the_fallback() {
        Duration fallback = Duration.ofSeconds(30);

        assertEquals(Duration.ofSeconds(45), new Settings(Map.of("byline.shutdown.grace", "45")).getDuration(
                "byline.shutdown.grace", fallback));
        assertEquals(Duration.ofMillis(1500), new Settings(Map.of("byline.shutdown.grace", "1.5s")).getDuration(
                "byline.shutdown.grace", fallback));
        assertEquals(Duration.ofMillis(250), new Settings(Map.of("byline.shutdown.grace", "250ms")).getDuration(
                "byline.shutdown.grace", fallback));
        assertEquals(fallback, new Settings(Map.of()).getDuration("byline.shutdown.grace", fallback));
    }

    @Test
    void given_a_value_that_is_not_a_duration_then_the_error_names_the_environment_variable() {
        ConfigException e = assertThrows(ConfigException.class, () -> new Settings(Map.of("byline.shutdown.grace",
                "soon")).getDuration("byline.shutdown.grace", Duration.ZERO));

        assertTrue(e.getMessage().startsWith("BYLINE_SHUTDOWN_GRACE"), e.getMessage());
    }

    @Test
    void given_the_environment_variable_then_it_reaches_the_setting() {
        Settings settings = Settings.load(Map.of("BYLINE_SHUTDOWN_GRACE", "12s", "BYLINE_CONFIG", "/nonexistent"));

        assertEquals(Duration.ofSeconds(12), settings.getDuration("byline.shutdown.grace", Duration.ZERO));
    }
}
