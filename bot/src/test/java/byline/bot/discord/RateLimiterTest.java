package byline.bot.discord;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

import static byline.bot.discord.RateLimiter.Verdict.ALLOW;
import static byline.bot.discord.RateLimiter.Verdict.NOTICE;
import static byline.bot.discord.RateLimiter.Verdict.SILENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RateLimiterTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-01T12:00:00Z"));
    private final InstantSource clock = now::get;

    @Test
    void a_flood_gets_its_burst_then_exactly_one_notice_then_silence() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(10), clock, 100);

        assertEquals(ALLOW, limiter.check(1));
        assertEquals(ALLOW, limiter.check(1));
        assertEquals(ALLOW, limiter.check(1));
        assertEquals(NOTICE, limiter.check(1));
        assertEquals(SILENT, limiter.check(1));
        assertEquals(SILENT, limiter.check(1));
    }

    @Test
    void questions_come_back_with_time_and_a_new_dry_spell_gets_a_new_notice() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(10), clock, 100);
        limiter.check(1);
        assertEquals(NOTICE, limiter.check(1));

        now.set(now.get().plusSeconds(9));
        assertEquals(SILENT, limiter.check(1), "not yet a whole question earned");
        now.set(now.get().plusSeconds(1));
        assertEquals(ALLOW, limiter.check(1));
        assertEquals(NOTICE, limiter.check(1));
    }

    @Test
    void a_long_pause_refills_only_up_to_the_burst() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(10), clock, 100);
        limiter.check(1);
        limiter.check(1);

        now.set(now.get().plus(Duration.ofHours(1)));

        assertEquals(ALLOW, limiter.check(1));
        assertEquals(ALLOW, limiter.check(1));
        assertEquals(NOTICE, limiter.check(1));
    }

    @Test
    void users_are_limited_separately() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), clock, 100);
        limiter.check(1);

        assertEquals(NOTICE, limiter.check(1));
        assertEquals(ALLOW, limiter.check(2));
    }

    @Test
    void only_the_most_recently_active_users_are_remembered() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), clock, 2);
        limiter.check(1);
        limiter.check(2);
        limiter.check(3); // user 1 is forgotten

        assertEquals(ALLOW, limiter.check(1));
        assertEquals(NOTICE, limiter.check(3));
    }

    @Test
    void per_minute_spreads_the_questions_over_the_minute() {
        RateLimiter limiter = RateLimiter.perMinute(6, clock);
        for (int i = 0; i < 6; i++) {
            assertEquals(ALLOW, limiter.check(1));
        }
        assertEquals(NOTICE, limiter.check(1));

        now.set(now.get().plusSeconds(10));
        assertEquals(ALLOW, limiter.check(1));
    }
}
