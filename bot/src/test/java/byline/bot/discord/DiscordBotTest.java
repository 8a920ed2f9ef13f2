package byline.bot.discord;

import byline.answer.Question;
import byline.config.ConfigException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static byline.bot.discord.FakeDiscord.READER;
import static byline.bot.discord.FakeDiscord.CHANNEL_MESSAGES;

/** The real JDA client against the fake Discord: connecting, mentions, DMs, /ask. */
class DiscordBotTest {

    private final Answers answerer = new Answers();
    private RunningBot running;

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void connects_with_unprivileged_intents_and_registers_ask_and_sources() throws Exception {
        running = RunningBot.start(answerer);

        long intents = running.discord.gateway().identify().get(10, TimeUnit.SECONDS).path("intents").asLong();
        long privileged = (1 << 1) | (1 << 8) | (1 << 15); // GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT
        assertEquals(0, intents & privileged, "no privileged intent");
        assertEquals((1 << 9) | (1 << 12), intents & ((1 << 9) | (1 << 12)), "guild messages and DMs");
        JsonNode commands = running.discord.rest().await(c -> c.is("PUT", "applications/\\d+/commands"), 1,
                RunningBot.WAIT).get(0).body();
        assertEquals(List.of("ask", "sources"),
                List.of(commands.get(0).path("name").asText(), commands.get(1).path("name").asText()));
        JsonNode question = commands.get(0).path("options").get(0);
        assertEquals("question", question.path("name").asText());
        assertTrue(question.path("required").asBoolean());
    }

    @Test
    void replies_to_mention_with_outlet_citation_and_no_pings() throws Exception {
        running = RunningBot.start(answerer);
        Map<String, Object> message = running.discord.guildMessage(FakeDiscord.CHANNEL_ID, READER,
                "<@" + FakeDiscord.BOT_ID + "> What did Reuters say? @everyone @here <@&1600000000000000001>",
                List.of(running.discord.botUser()));

        running.discord.gateway().dispatch("MESSAGE_CREATE", message);

        Question asked = answerer.nextQuestion();
        assertEquals("What did Reuters say? @everyone @here <@&1600000000000000001>", asked.text());
        RestCall reply = running.discord.rest().await(c -> c.is("POST", CHANNEL_MESSAGES), 1, RunningBot.WAIT).get(0);
        assertEquals(message.get("id"), reply.body().path("message_reference").path("message_id").asText());
        assertTrue(reply.content().contains("chip exports slowed"), reply.content());
        assertTrue(reply.content().contains("[1]"), reply.content());
        assertTrue(reply.content().contains("Reuters — \"Chip exports slow\" (2026-05-27)"), reply.content());
        assertTrue(reply.pingsNobody(), reply.body().toString());
        assertTrue(reply.suppressesEmbeds(), reply.body().toString());
    }

    @Test
    void answers_a_direct_message_in_the_dm() throws Exception {
        running = RunningBot.start(answerer);
        String dm = "1500000000000000001";

        running.discord.gateway().dispatch("MESSAGE_CREATE",
                running.discord.directMessage(dm, READER, "Did chip exports slow?"));

        assertEquals("Did chip exports slow?", answerer.nextQuestion().text());
        RestCall reply = running.discord.rest().await(c -> c.is("POST", "channels/" + dm + "/messages"), 1,
                RunningBot.WAIT).get(0);
        assertTrue(reply.content().contains("[1] Reuters — \"Chip exports slow\" (2026-05-27)"), reply.content());
        assertTrue(reply.pingsNobody(), reply.body().toString());
    }

    @Test
    void ask_is_deferred_at_once_then_the_original_is_edited_with_the_answer() throws Exception {
        running = RunningBot.start(answerer);
        Map<String, Object> interaction = running.discord.askInteraction(READER, "What slowed? <@1400000000000000003>");
        String token = (String) interaction.get("token");

        running.discord.gateway().dispatch("INTERACTION_CREATE", interaction);

        assertEquals("What slowed? <@1400000000000000003>", answerer.nextQuestion().text());
        RestCall edit = running.discord.rest().await(
                c -> c.is("PATCH", "webhooks/" + FakeDiscord.APP_ID + "/" + token + "/messages/@original"), 1,
                RunningBot.WAIT).get(0);
        List<RestCall> calls = running.discord.rest().calls();
        RestCall callback = calls.stream()
                .filter(c -> c.is("POST", "interactions/" + interaction.get("id") + "/" + token + "/callback"))
                .findFirst().orElseThrow(() -> new AssertionError("no interaction callback: " + calls));
        assertEquals(5, callback.body().path("type").asInt(), "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE");
        assertTrue(calls.indexOf(callback) < calls.indexOf(edit), "deferred before the answer");
        assertTrue(edit.content().contains("chip exports slowed (re: What slowed?"), edit.content());
        assertTrue(edit.content().contains("Reuters — \"Chip exports slow\" (2026-05-27)"), edit.content());
        assertTrue(edit.pingsNobody(), edit.body().toString());
        assertTrue(edit.suppressesEmbeds(), edit.body().toString());
    }

    @Test
    void sources_lists_every_article_with_its_outlet_only_to_the_asker() throws Exception {
        running = RunningBot.start(answerer);
        Map<String, Object> interaction = running.discord.slashCommand(READER, "sources", List.of());
        String token = (String) interaction.get("token");

        running.discord.gateway().dispatch("INTERACTION_CREATE", interaction);

        RestCall edit = running.discord.rest().await(
                c -> c.is("PATCH", "webhooks/" + FakeDiscord.APP_ID + "/" + token + "/messages/@original"), 1,
                RunningBot.WAIT).get(0);
        RestCall callback = running.discord.rest().await(c -> c.path().endsWith(token + "/callback"), 1,
                RunningBot.WAIT).get(0);
        assertEquals(64, callback.body().path("data").path("flags").asInt() & 64, "ephemeral");
        assertTrue(edit.content().contains("Reuters — \"Chip exports slow\" (2026-05-27) <https://example.com/chips>"),
                edit.content());
        assertTrue(edit.content().contains("\"Lab memo leaks\" (outlet not named)"), edit.content());
        assertTrue(edit.pingsNobody(), edit.body().toString());
    }

    @Test
    void given_the_corpus_changed_while_running_when_sources_is_asked_then_it_lists_the_new_articles() throws Exception {
        byline.Library library = new byline.Library(RunningBot.CORPUS, answerer);
        running = RunningBot.start(library, 1, RunningBot.frozenLimiter(100));
        library.replace(new byline.Library.Edition(new byline.corpus.Corpus(List.of(new byline.corpus.Article(
                "ferry-timetable", "Winter ferry timetable", "Harbour Post", "2026-06-02", "", "", "Fewer sailings.")),
                List.of()), answerer, answerer));

        Map<String, Object> interaction = running.discord.slashCommand(READER, "sources", List.of());
        running.discord.gateway().dispatch("INTERACTION_CREATE", interaction);

        RestCall edit = running.discord.rest().await(c -> c.is("PATCH", "webhooks/" + FakeDiscord.APP_ID + "/"
                + interaction.get("token") + "/messages/@original"), 1, RunningBot.WAIT).get(0);
        assertTrue(edit.content().contains("Harbour Post — \"Winter ferry timetable\""), edit.content());
        org.junit.jupiter.api.Assertions.assertFalse(edit.content().contains("Chip exports slow"), edit.content());
    }

    @Test
    void with_a_guild_id_the_commands_are_registered_in_that_guild_for_instant_updates() throws Exception {
        running = RunningBot.start(new byline.Library(RunningBot.CORPUS, answerer), 1, RunningBot.frozenLimiter(1),
                OptionalLong.of(Long.parseLong(FakeDiscord.GUILD_ID)));

        JsonNode commands = running.discord.rest().await(c -> c.is("PUT",
                "applications/" + FakeDiscord.APP_ID + "/guilds/" + FakeDiscord.GUILD_ID + "/commands"), 1,
                RunningBot.WAIT).get(0).body();
        assertEquals(2, commands.size());
    }

    @Test
    void a_guild_id_byline_has_not_joined_is_refused_by_name() {
        ConfigException e = assertThrows(ConfigException.class, () -> RunningBot.start(
                new byline.Library(RunningBot.CORPUS, answerer), 1, RunningBot.frozenLimiter(1),
                OptionalLong.of(1234L)));

        assertTrue(e.getMessage().contains("DISCORD_GUILD_ID 1234"), e.getMessage());
    }
}
