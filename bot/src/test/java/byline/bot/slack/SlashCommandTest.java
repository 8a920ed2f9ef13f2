package byline.bot.slack;

import byline.answer.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlashCommandTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private SlackTestRig rig;

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void question_is_acked_within_3s_and_answer_reaches_response_url_for_the_asker_only() throws Exception {
        // given an answerer that takes its time (it waits until the test lets it go)
        CountDownLatch slowAnswer = new CountDownLatch(1);
        FakeAnswerers.Recording recording = new FakeAnswerers.Recording();
        rig = new SlackTestRig(question -> {
            await(slowAnswer);
            return recording.answer(question);
        });

        // when /byline is used with a question
        long started = System.nanoTime();
        HttpResponse<String> ack = rig.requests.form(command("who leads robotics at Acme?", "r1"));
        long ackMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        slowAnswer.countDown();

        // then it is acknowledged at once, before the answer exists, and the answer follows via response_url
        assertEquals(200, ack.statusCode());
        assertTrue(ackMillis < 3000, "acked in " + ackMillis + " ms");
        FakeSlackApi.ResponsePost answer = rig.slack.nextResponse(WAIT);
        assertEquals("/respond/r1", answer.path());
        assertEquals("ephemeral", answer.body().get("response_type").asText());
        String blocks = answer.body().get("blocks").toString();
        assertTrue(blocks.contains("Jane Doe leads the new robotics unit at Acme. [1]"), blocks);
        assertTrue(blocks.contains("Reuters"), blocks);
        assertTrue(blocks.contains(BlockKitRenderer.SHARE_ACTION), "a button posts it to the channel");
        assertEquals("who leads robotics at Acme?", recording.asked.poll(1, TimeUnit.SECONDS).text());
    }

    @Test
    void post_to_channel_button_posts_the_same_answer_publicly() throws Exception {
        // given an answer shown privately to its asker
        rig = new SlackTestRig(new FakeAnswerers.Recording());
        rig.requests.form(command("who leads robotics at Acme?", "r2"));
        JsonNode privateAnswer = rig.slack.nextResponse(WAIT).body();
        String key = shareButtonValue(privateAnswer);

        // when the asker clicks "Post to channel"
        HttpResponse<String> ack = rig.requests.form(Map.of("payload",
                SlackPayloads.shareAction(key, rig.slack.responseUrl("a2")).toString()));

        // then the answer is posted in the channel, saying who asked, and the private copy is removed
        assertEquals(200, ack.statusCode());
        JsonNode posted = rig.slack.nextResponse(WAIT).body();
        assertEquals("in_channel", posted.get("response_type").asText());
        String blocks = posted.get("blocks").toString();
        assertTrue(blocks.contains("<@UASKER> asked: who leads robotics at Acme?"), blocks);
        assertTrue(blocks.contains("Jane Doe leads the new robotics unit at Acme. [1]"), blocks);
        assertFalse(blocks.contains(BlockKitRenderer.SHARE_ACTION), "the public copy has no button");
        assertTrue(rig.slack.nextResponse(WAIT).body().get("delete_original").asBoolean());
    }

    @Test
    void sources_lists_the_corpus_with_outlets() throws Exception {
        rig = new SlackTestRig(new FakeAnswerers.Recording());

        HttpResponse<String> ack = rig.requests.form(command("sources", "r3"));

        assertEquals(200, ack.statusCode());
        JsonNode body = FakeSlackApi.parse(ack.body());
        assertEquals("ephemeral", body.get("response_type").asText());
        String blocks = body.get("blocks").toString();
        assertTrue(blocks.contains("2 articles"), blocks);
        assertTrue(blocks.contains("*Reuters* — <https://example.com/acme-robotics|"), blocks);
        assertTrue(blocks.contains("Harbour reopens\\\" (outlet not named)"), blocks);
    }

    @Test
    void help_explains_usage() throws Exception {
        rig = new SlackTestRig(new FakeAnswerers.Recording());

        HttpResponse<String> ack = rig.requests.form(command("help", "r4"));

        assertEquals(200, ack.statusCode());
        String text = FakeSlackApi.parse(ack.body()).get("text").asText();
        assertTrue(text.contains("/byline sources"), text);
        assertTrue(text.contains("@Byline"), text);
    }

    @Test
    void given_a_greeting_or_another_language_after_the_command_when_sent_then_the_ack_answers_it() throws Exception {
        FakeAnswerers.Recording recording = new FakeAnswerers.Recording();
        rig = new SlackTestRig(recording);

        HttpResponse<String> hello = rig.requests.form(command("hello", "r8"));
        HttpResponse<String> french = rig.requests.form(command("Qui dirige la nouvelle unité de robotique ?", "r9"));

        assertTrue(FakeSlackApi.parse(hello.body()).get("text").asText().contains("Hello!"), hello.body());
        assertTrue(FakeSlackApi.parse(french.body()).get("text").asText().contains("English"), french.body());
        assertEquals(0, recording.asked.size());
    }

    @Test
    void abstained_answer_says_so_and_offers_no_button() throws Exception {
        rig = new SlackTestRig(question -> Answer.abstain(List.of(), "fake"));

        rig.requests.form(command("what is the weather on Mars?", "r5"));

        JsonNode answer = rig.slack.nextResponse(WAIT).body();
        assertTrue(answer.get("text").asText().contains(Answer.NOT_IN_CORPUS));
        assertFalse(answer.toString().contains(BlockKitRenderer.SHARE_ACTION));
    }

    @Test
    void failure_while_answering_gets_an_apology_not_silence() throws Exception {
        rig = new SlackTestRig(question -> {
            throw new IllegalStateException("index unavailable");
        });

        rig.requests.form(command("who leads robotics?", "r6"));

        assertTrue(rig.slack.nextResponse(WAIT).body().get("text").asText().startsWith("Sorry"));
    }

    @Test
    void given_a_signed_command_when_the_identical_request_is_replayed_then_it_is_answered_once() throws Exception {
        rig = new SlackTestRig(new FakeAnswerers.Recording());
        String body = "token=legacy&team_id=T0TEST&channel_id=C0NEWS&user_id=UASKER&command=%2Fbyline"
                + "&text=who+leads+robotics%3F&trigger_id=trigger-r7&api_app_id=A0BYLINE&response_url="
                + java.net.URLEncoder.encode(rig.slack.responseUrl("r7"), java.nio.charset.StandardCharsets.UTF_8);
        String timestamp = SignedRequests.now();

        HttpResponse<String> first = rig.requests.formAt(body, timestamp);
        HttpResponse<String> replay = rig.requests.formAt(body, timestamp);
        rig.requests.form(command("sentinel", "r8"));

        assertEquals(200, first.statusCode());
        assertEquals(200, replay.statusCode(), "acknowledged, so that nobody retries it, but not acted on");
        assertEquals("/respond/r7", rig.slack.nextResponse(WAIT).path());
        assertEquals("/respond/r8", rig.slack.nextResponse(WAIT).path());
    }

    @Test
    void given_the_response_url_fails_once_with_500_then_the_answer_arrives_once_without_apology()
            throws Exception {
        rig = new SlackTestRig(new FakeAnswerers.Recording());
        rig.slack.failNextPosts(FakeSlackApi.Fault.status(500));

        rig.requests.form(command("who leads robotics?", "r9"));
        rig.requests.form(command("sentinel", "r10"));

        JsonNode answer = rig.slack.nextResponse(WAIT).body();
        assertTrue(answer.get("blocks").toString().contains("Jane Doe"), answer.toString());
        assertEquals("/respond/r10", rig.slack.nextResponse(WAIT).path());
        assertEquals(3, rig.slack.postAttempts(), "one failed attempt, its retry, the sentinel");
    }

    private Map<String, String> command(String text, String responseId) {
        return Map.of("token", "legacy", "team_id", "T0TEST", "channel_id", "C0NEWS", "user_id", "UASKER",
                "command", SlashCommandHandler.COMMAND, "text", text, "trigger_id", "trigger-" + responseId,
                "response_url", rig.slack.responseUrl(responseId), "api_app_id", "A0BYLINE");
    }

    private static String shareButtonValue(JsonNode message) {
        for (JsonNode block : message.get("blocks")) {
            if ("actions".equals(block.path("type").asText())) {
                return block.get("elements").get(0).get("value").asText();
            }
        }
        throw new AssertionError("no share button in " + message);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test never released the answer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
