package byline.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manifest users paste into Slack must match what the server serves, with nothing more than it needs. */
class SlackAppManifestTest {
    private static final Path MANIFEST = Path.of("..", "config", "slack-app-manifest.yml");

    @Test
    void manifest_asks_exactly_for_the_scopes_and_events_byline_uses() throws Exception {
        JsonNode manifest = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(MANIFEST));

        assertEquals(Set.of("app_mentions:read", "channels:history", "groups:history", "im:history", "chat:write",
                "commands"), strings(manifest.at("/oauth_config/scopes/bot")));
        assertEquals(Set.of("app_mention", "message.channels", "message.groups", "message.im"),
                strings(manifest.at("/settings/event_subscriptions/bot_events")));
        assertTrue(manifest.at("/oauth_config/scopes/user").isMissingNode(), "no user scopes");
        assertTrue(manifest.at("/features/app_home/messages_tab_enabled").asBoolean(), "DMs need the messages tab");
    }

    @Test
    void manifest_points_events_commands_and_buttons_at_the_served_path() throws Exception {
        JsonNode manifest = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(MANIFEST));

        List<String> urls = List.of(manifest.at("/settings/event_subscriptions/request_url").asText(),
                manifest.at("/settings/interactivity/request_url").asText(),
                manifest.at("/features/slash_commands/0/url").asText());
        urls.forEach(url -> assertTrue(url.startsWith("https://") && url.endsWith(SlackServer.EVENTS_PATH), url));
        assertEquals(SlashCommandHandler.COMMAND, manifest.at("/features/slash_commands/0/command").asText());
        assertTrue(manifest.at("/settings/interactivity/is_enabled").asBoolean(), "the share button needs it");
        assertEquals(false, manifest.at("/settings/socket_mode_enabled").asBoolean());
    }

    private static Set<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        assertEquals(values.size(), new TreeSet<>(values).size(), "no duplicates in " + values);
        return new TreeSet<>(values);
    }
}
