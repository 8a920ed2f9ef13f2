package byline.bot.discord;

import byline.bot.chat.ChatReplies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static byline.bot.discord.FakeDiscord.READER;

/** Small talk and other languages through the real JDA client and the fake Discord. */
class DiscordSmallTalkTest {
    private static final String DM = "1500000000000000001";
    private static final String DM_MESSAGES = "channels/" + DM + "/messages";

    private final Answers answerer = new Answers();
    private RunningBot running;

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void given_small_talk_in_a_dm_when_sent_then_byline_replies_itself_and_asks_the_core_nothing() throws Exception {
        running = RunningBot.start(answerer, 1, RunningBot.frozenLimiter(100));

        for (String text : List.of("hello", "thank you!", "help", "¿Quién escribió el memorando?")) {
            running.discord.gateway().dispatch("MESSAGE_CREATE", running.discord.directMessage(DM, READER, text));
        }
        running.discord.gateway().dispatch("MESSAGE_CREATE", running.discord.directMessage(DM, READER, "sources"));

        List<RestCall> sources = running.discord.rest().await(
                c -> c.is("POST", DM_MESSAGES) && c.content().contains("Chip exports slow"), 1, RunningBot.WAIT);
        assertTrue(sources.get(0).content().contains("Lab memo leaks"), sources.get(0).content());
        List<String> replies = running.discord.rest().await(c -> c.is("POST", DM_MESSAGES), 5, RunningBot.WAIT)
                .stream().map(RestCall::content).toList();
        assertTrue(replies.contains(ChatReplies.GREETING), replies.toString());
        assertTrue(replies.contains(ChatReplies.THANKS), replies.toString());
        assertTrue(replies.contains(DiscordRenderer.HELP), replies.toString());
        assertTrue(replies.contains(ChatReplies.ENGLISH_ONLY), replies.toString());
        assertEquals(List.of(), answerer.askedSoFar());
    }
}
