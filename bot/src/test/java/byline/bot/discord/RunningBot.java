package byline.bot.discord;

import byline.Library;
import byline.answer.Answerer;
import byline.corpus.Article;
import byline.corpus.Corpus;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.OptionalLong;

/** A fake Discord and a {@link DiscordBot} connected to it and READY. */
final class RunningBot implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final Corpus CORPUS = new Corpus(List.of(
            new Article("reuters-chips", "Chip exports slow", "Reuters", "2026-05-27", "A. Writer",
                    "https://example.com/chips", "Chip exports slowed in May."),
            new Article("untitled-memo", "Lab memo leaks", "", "", "", "", "A memo leaked.")), List.of());

    final FakeDiscord discord;
    final DiscordBot bot;

    private RunningBot(FakeDiscord discord, DiscordBot bot) {
        this.discord = discord;
        this.bot = bot;
    }

    /** Four workers and a rate limit nobody reaches. */
    static RunningBot start(Answerer answerer) throws Exception {
        return start(answerer, 4, new RateLimiter(1000, Duration.ofSeconds(1), InstantSource.system(), 100));
    }

    static RunningBot start(Answerer answerer, int workers, RateLimiter limiter) throws Exception {
        return start(new Library(CORPUS, answerer), workers, limiter);
    }

    static RunningBot start(Library library, int workers, RateLimiter limiter) throws Exception {
        return start(library, workers, limiter, OptionalLong.empty());
    }

    /** With {@code guild}, the slash commands are registered in that guild instead of globally. */
    static RunningBot start(Library library, int workers, RateLimiter limiter, OptionalLong guild) throws Exception {
        FakeDiscord discord = new FakeDiscord();
        DiscordConfig config = new DiscordConfig("fake-token", discord.rest().url(), discord.gateway().url(),
                guild, workers, 60, java.time.Duration.ofSeconds(5));
        // Retries at once: the tests count attempts, they never wait for a backoff.
        DiscordBot bot = new DiscordBot(config, library, limiter, new RestRetry(3, Duration.ZERO));
        try {
            bot.start();
        } catch (Exception | Error e) {
            bot.close();
            discord.close();
            throw e;
        }
        return new RunningBot(discord, bot);
    }

    /** A rate limiter whose clock stands still: {@code burst} questions, then no more. */
    static RateLimiter frozenLimiter(int burst) {
        return new RateLimiter(burst, Duration.ofMinutes(1), InstantSource.fixed(Instant.parse("2026-06-01T12:00:00Z")),
                100);
    }

    @Override
    public void close() throws Exception {
        bot.close();
        discord.close();
    }
}
