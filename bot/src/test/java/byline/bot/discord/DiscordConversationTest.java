package byline.bot.discord;

import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Citation;
import byline.answer.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static byline.bot.discord.FakeDiscord.READER;
import static byline.bot.discord.FakeDiscord.CHANNEL_MESSAGES;

/** Follow-ups, bots, long answers, failures and floods, through the real JDA client and the fake Discord. */
class DiscordConversationTest {
    private static final Map<String, Object> EDITOR = FakeDiscord.user("1400000000000000004", "editor", false);
    private static final String DM = "1500000000000000001";

    private final Answers answerer = new Answers();
    private RunningBot running;

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void a_reply_to_an_answer_is_asked_with_the_earlier_question_and_answer() throws Exception {
        // One worker: the follow-up is taken up only after the first answer is sent and remembered.
        running = RunningBot.start(answerer, 1, RunningBot.frozenLimiter(100));
        running.discord.gateway().dispatch("MESSAGE_CREATE",
                running.discord.directMessage(DM, READER, "Did chip exports slow?"));
        answerer.nextQuestion();
        RestCall answer = awaitPosts("channels/" + DM + "/messages", 1).get(0);

        running.discord.gateway().dispatch("MESSAGE_CREATE", FakeDiscord.replyingTo(
                running.discord.directMessage(DM, READER, "By how much?"), answer.createdId()));

        Question followUp = answerer.nextQuestion();
        assertEquals("By how much?", followUp.text());
        assertEquals("Did chip exports slow?", followUp.earlier());
        assertEquals(List.of("Reuters reported that chip exports slowed (re: Did chip exports slow?)."),
                followUp.earlierAnswer());
        assertEquals(List.of("reuters-chips"), followUp.earlierSources());
    }

    @Test
    void a_follow_up_in_a_thread_is_asked_with_the_earlier_question() throws Exception {
        running = RunningBot.start(answerer, 1, RunningBot.frozenLimiter(100));
        String mention = "<@!" + FakeDiscord.BOT_ID + "> ";
        running.discord.gateway().dispatch("MESSAGE_CREATE", running.discord.guildMessage(FakeDiscord.THREAD_ID,
                READER, mention + "Who reported the chip slowdown?", List.of(running.discord.botUser())));
        assertEquals("", answerer.nextQuestion().earlier());
        awaitPosts("channels/" + FakeDiscord.THREAD_ID + "/messages", 1);

        running.discord.gateway().dispatch("MESSAGE_CREATE", running.discord.guildMessage(FakeDiscord.THREAD_ID,
                EDITOR, mention + "And when?", List.of(running.discord.botUser())));

        Question followUp = answerer.nextQuestion();
        assertEquals("And when?", followUp.text());
        assertEquals("Who reported the chip slowdown?", followUp.earlier());
    }

    @Test
    void bots_are_ignored_byline_included() throws Exception {
        running = RunningBot.start(answerer, 1, RunningBot.frozenLimiter(100));
        Map<String, Object> otherBot = FakeDiscord.user("1700000000000000001", "newsbot", true);
        List<Map<String, Object>> mentionsByline = List.of(running.discord.botUser());
        String ask = "<@" + FakeDiscord.BOT_ID + "> what about chips?";

        running.discord.gateway().dispatch("MESSAGE_CREATE",
                running.discord.guildMessage(FakeDiscord.CHANNEL_ID, otherBot, ask, mentionsByline));
        running.discord.gateway().dispatch("MESSAGE_CREATE",
                running.discord.guildMessage(FakeDiscord.CHANNEL_ID, running.discord.botUser(), ask, mentionsByline));
        // A human's question after the bots': once it is answered, the bots' would have been too (one worker, FIFO).
        running.discord.gateway().dispatch("MESSAGE_CREATE",
                running.discord.guildMessage(FakeDiscord.CHANNEL_ID, READER, ask, mentionsByline));

        awaitPosts(CHANNEL_MESSAGES, 1);
        assertEquals(1, answerer.askedSoFar().size(), "only the human was answered: " + answerer.askedSoFar());
        assertEquals(1, running.discord.rest().calls().stream().filter(c -> c.is("POST", CHANNEL_MESSAGES)).count());
    }

    @Test
    void a_long_answer_is_split_on_sentence_boundaries_within_the_message_limit() throws Exception {
        List<Citation> citations = IntStream.rangeClosed(1, 3).mapToObj(n -> new Citation(n, "doc" + n,
                "Outlet " + n, "Title " + n, "2026-05-2" + n, "https://example.com/" + n, "")).toList();
        List<AnswerSentence> sentences = IntStream.range(0, 45).mapToObj(i -> new AnswerSentence(
                "Sentence " + i + " reports that " + "chip exports kept slowing down ".repeat(4) + "in May.",
                List.of(i % 3 + 1))).toList();
        Answer longAnswer = new Answer("Three articles report this.", sentences, citations, false, List.of(), "test");
        running = RunningBot.start(question -> longAnswer);

        running.discord.gateway().dispatch("MESSAGE_CREATE", running.discord.directMessage(DM, READER, "Chips?"));

        List<RestCall> posts = awaitPosts("channels/" + DM + "/messages", 1, c -> c.content().contains("[3] Outlet 3"));
        List<RestCall> all = running.discord.rest().calls().stream()
                .filter(c -> c.is("POST", "channels/" + DM + "/messages")).toList();
        assertTrue(all.size() >= 3, "an answer of ~7,000 characters takes several messages: " + all.size());
        assertTrue(all.get(0).body().has("message_reference"), "the first message replies to the question");
        List<String> contents = new ArrayList<>();
        for (RestCall post : all) {
            assertTrue(post.content().length() <= 2000, "within Discord's limit: " + post.content().length());
            assertTrue(post.pingsNobody() && post.suppressesEmbeds(), post.body().toString());
            contents.add(post.content());
        }
        for (AnswerSentence sentence : sentences) {
            assertEquals(1, contents.stream().filter(c -> c.contains(sentence.marked())).count(),
                    "each sentence whole, in exactly one message: " + sentence.marked());
        }
        assertTrue(posts.get(0).content().contains("[1] Outlet 1 — \"Title 1\" (2026-05-21)"), "sources come last");
    }

    @Test
    void an_answerer_failure_gets_a_short_apology() throws Exception {
        running = RunningBot.start(question -> {
            throw new IllegalStateException("index corrupted");
        });

        running.discord.gateway().dispatch("MESSAGE_CREATE", running.discord.directMessage(DM, READER, "Chips?"));

        RestCall reply = awaitPosts("channels/" + DM + "/messages", 1).get(0);
        assertEquals(DiscordRenderer.APOLOGY, reply.content());
        assertTrue(reply.pingsNobody(), reply.body().toString());
    }

    @Test
    void a_flood_gets_one_friendly_notice_and_other_users_are_still_answered() throws Exception {
        running = RunningBot.start(answerer, 1, RunningBot.frozenLimiter(2));
        String ask = "<@" + FakeDiscord.BOT_ID + "> chips again?";
        List<Map<String, Object>> mentionsByline = List.of(running.discord.botUser());

        for (int i = 0; i < 5; i++) {
            running.discord.gateway().dispatch("MESSAGE_CREATE",
                    running.discord.guildMessage(FakeDiscord.CHANNEL_ID, READER, ask + " " + i, mentionsByline));
        }
        running.discord.gateway().dispatch("MESSAGE_CREATE",
                running.discord.guildMessage(FakeDiscord.CHANNEL_ID, EDITOR, ask + " editor", mentionsByline));

        awaitPosts(CHANNEL_MESSAGES, 1, c -> c.content().contains("editor"));
        List<String> replies = running.discord.rest().calls().stream().filter(c -> c.is("POST", CHANNEL_MESSAGES))
                .map(RestCall::content).toList();
        assertEquals(1, replies.stream().filter(DiscordRenderer.SLOW_DOWN::equals).count(), replies.toString());
        assertEquals(List.of("chips again? 0", "chips again? 1", "chips again? editor"),
                answerer.askedSoFar().stream().map(Question::text).toList());
        assertEquals(4, replies.size(), "two answers, one notice, the editor's answer: " + replies);
    }

    @Test
    void chatter_without_a_mention_is_left_alone_and_a_bare_mention_gets_usage_help() throws Exception {
        running = RunningBot.start(answerer, 1, RunningBot.frozenLimiter(100));
        List<Map<String, Object>> mentionsByline = List.of(running.discord.botUser());

        running.discord.gateway().dispatch("MESSAGE_CREATE", running.discord.guildMessage(FakeDiscord.CHANNEL_ID,
                READER, "anyone read the chip story?", List.of()));
        running.discord.gateway().dispatch("MESSAGE_CREATE", running.discord.guildMessage(FakeDiscord.CHANNEL_ID,
                READER, "<@" + FakeDiscord.BOT_ID + ">", mentionsByline));
        running.discord.gateway().dispatch("MESSAGE_CREATE", running.discord.guildMessage(FakeDiscord.CHANNEL_ID,
                EDITOR, "<@" + FakeDiscord.BOT_ID + "> what slowed?", mentionsByline));

        awaitPosts(CHANNEL_MESSAGES, 1, c -> c.content().contains("what slowed?"));
        List<String> replies = running.discord.rest().calls().stream().filter(c -> c.is("POST", CHANNEL_MESSAGES))
                .map(RestCall::content).toList();
        assertEquals(List.of(DiscordRenderer.USAGE), replies.subList(0, replies.size() - 1));
        assertEquals(List.of("what slowed?"), answerer.askedSoFar().stream().map(Question::text).toList());
    }

    private List<RestCall> awaitPosts(String path, int count) throws InterruptedException {
        return awaitPosts(path, count, c -> true);
    }

    private List<RestCall> awaitPosts(String path, int count, java.util.function.Predicate<RestCall> also)
            throws InterruptedException {
        return running.discord.rest().await(c -> c.is("POST", path) && also.test(c), count, RunningBot.WAIT);
    }
}
