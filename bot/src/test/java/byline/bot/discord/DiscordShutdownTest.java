package byline.bot.discord;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static byline.bot.discord.FakeDiscord.READER;

/** Stopping Byline on Discord: answers in flight are delivered before it disconnects. */
class DiscordShutdownTest {

    private RunningBot running;

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void given_three_answers_in_flight_when_the_bot_closes_then_all_are_delivered_before_it_disconnects()
            throws Exception {
        // given an answerer that holds every answer until the test lets go, and three DMs waiting on it
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Answers answers = new Answers();
        running = RunningBot.start(question -> {
            started.countDown();
            await(release);
            return answers.answer(question);
        }, 1, RunningBot.frozenLimiter(10));
        String dm = "1500000000000000001";
        for (int i = 0; i < 3; i++) {
            running.discord.gateway().dispatch("MESSAGE_CREATE",
                    running.discord.directMessage(dm, READER, "question " + i));
        }
        await(started);

        // when the bot is asked to stop
        CompletableFuture<Void> closing = CompletableFuture.runAsync(running.bot::close);

        // then it waits for the answers, and once they are ready all three are sent
        assertThrows(TimeoutException.class, () -> closing.get(300, TimeUnit.MILLISECONDS));
        release.countDown();
        closing.get(10, TimeUnit.SECONDS);
        assertEquals(3, running.discord.rest().await(c -> c.is("POST", "channels/" + dm + "/messages"), 3,
                RunningBot.WAIT).size());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the answer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
