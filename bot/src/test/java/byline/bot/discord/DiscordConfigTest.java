package byline.bot.discord;

import byline.config.ConfigException;
import byline.config.Settings;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiscordConfigTest {

    @Test
    void a_missing_token_names_the_variable_to_set() {
        ConfigException e = assertThrows(ConfigException.class, () -> DiscordConfig.from(new Settings(Map.of())));

        assertTrue(e.getMessage().contains("DISCORD_BOT_TOKEN"), e.getMessage());
    }

    @Test
    void reads_overrides_and_keeps_the_token_out_of_its_description() {
        DiscordConfig config = DiscordConfig.from(new Settings(Map.of("discord.bot.token", "s3cret-token",
                "discord.api.url", "http://127.0.0.1:9/api/v10", "discord.gateway.url", "ws://127.0.0.1:9/",
                "discord.guild.id", "1200000000000000001", "byline.workers", "3")));

        assertEquals("http://127.0.0.1:9/api/v10/", config.apiUrl(), "a base URL ends with a slash");
        assertEquals("ws://127.0.0.1:9/", config.gatewayUrl());
        assertEquals(OptionalLong.of(1200000000000000001L), config.guildId());
        assertEquals(3, config.workers());
        assertFalse(config.toString().contains("s3cret"), config.toString());
    }

    @Test
    void a_guild_id_that_is_not_a_snowflake_is_refused_by_name() {
        Settings settings = new Settings(Map.of("discord.bot.token", "t", "discord.guild.id", "my-server"));

        ConfigException e = assertThrows(ConfigException.class, () -> DiscordConfig.from(settings));

        assertTrue(e.getMessage().contains("DISCORD_GUILD_ID"), e.getMessage());
    }

    @Test
    void defaults_register_globally_against_discord_itself() {
        DiscordConfig config = DiscordConfig.from(new Settings(Map.of("discord.bot.token", "t")));

        assertEquals("", config.apiUrl());
        assertEquals("", config.gatewayUrl());
        assertTrue(config.guildId().isEmpty());
    }
}
