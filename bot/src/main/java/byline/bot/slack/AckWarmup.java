package byline.bot.slack;

import org.eclipse.jetty.server.LocalConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Serves a few hundred synthetic Slack events in process, before the port opens, so that the first real events
 * are not the ones that load and compile the request path (HTTP parsing, the signature check over the raw body,
 * the replay guard, Bolt's parsing and routing, the ack): on a cold JVM the first requests took 200–250 ms each.
 * The events are signed with the signing secret and come from a bot, so Byline acknowledges them and answers
 * nothing and calls no Web API method; the replay guard's entries for them are removed afterwards. Bounded by a
 * request count and a time budget; a failure is logged and the server starts anyway.
 */
final class AckWarmup {
    private static final Logger log = LoggerFactory.getLogger(AckWarmup.class);

    private final SignatureCheck signatures;
    private final RecentKeys replays;
    private final InstantSource clock;
    private final int requests;
    private final Duration budget;

    /**
     * @param signatures signs the events as Slack would
     * @param replays    the replay guard the events pass through, cleared of them afterwards
     * @param requests   at most this many events
     * @param budget     and no longer than this
     */
    AckWarmup(SignatureCheck signatures, RecentKeys replays, InstantSource clock, int requests, Duration budget) {
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.replays = Objects.requireNonNull(replays, "replays");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requests = requests;
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /** What the warm-up did: events sent, how many were acknowledged with 200, and how long it took. */
    record Outcome(int sent, int acked, Duration took) {
    }

    /** Sends the events through {@code local} (the server's in-memory connector) one after the other. */
    Outcome run(LocalConnector local) {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        List<String> signed = new ArrayList<>();
        int acked = 0;
        try {
            for (int i = 0; i < requests && System.nanoTime() < deadline; i++) {
                String timestamp = Long.toString(clock.instant().getEpochSecond());
                byte[] body = event(i).getBytes(StandardCharsets.UTF_8);
                String signature = signatures.sign(timestamp, body);
                signed.add(signature);
                String response = local.getResponse(request(timestamp, signature, body), 2, TimeUnit.SECONDS);
                if (response != null && response.startsWith("HTTP/1.1 200")) {
                    acked++;
                }
            }
        } catch (Exception e) {
            log.warn("warming up the Slack request path stopped early: {}", e.toString());
        } finally {
            signed.forEach(replays::forget);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (acked < signed.size()) {
            log.warn("warm-up: {} of {} synthetic events acknowledged", acked, signed.size());
        }
        log.debug("warmed up the Slack request path with {} events in {} ms", signed.size(), took.toMillis());
        return new Outcome(signed.size(), acked, took);
    }

    /**
     * An app_mention and a bot message in turn, both from a bot: Byline's handlers acknowledge them without
     * remembering or answering anything, and Bolt calls no Web API method for them (its self-event filter, which
     * looks up a bot naming no user with {@code bots.info}, is off).
     * The ids are unlike Slack's, so a log line cannot be taken for a user's.
     */
    static String event(int i) {
        String ts = "1000000000." + String.format("%06d", i);
        String inner = i % 2 == 0
                ? "{\"type\":\"app_mention\",\"user\":\"UWARMUP\",\"bot_id\":\"BWARMUP\",\"text\":\"<@UWARMUP> warm-up\","
                        + "\"ts\":\"" + ts + "\",\"channel\":\"CWARMUP\",\"event_ts\":\"" + ts + "\"}"
                : "{\"type\":\"message\",\"subtype\":\"bot_message\",\"user\":\"UWARMUP\",\"bot_id\":\"BWARMUP\",\"text\":\"warm-up\","
                        + "\"ts\":\"" + ts + "\",\"channel\":\"DWARMUP\",\"channel_type\":\"im\",\"event_ts\":\""
                        + ts + "\"}";
        return "{\"token\":\"warm-up\",\"team_id\":\"TWARMUP\",\"api_app_id\":\"AWARMUP\",\"event\":" + inner
                + ",\"type\":\"event_callback\",\"event_id\":\"EvWARMUP" + i + "\",\"event_time\":1000000000,"
                + "\"authorizations\":[{\"team_id\":\"TWARMUP\",\"user_id\":\"UWARMUP\",\"is_bot\":true}]}";
    }

    private static String request(String timestamp, String signature, byte[] body) {
        return "POST " + SlackServer.EVENTS_PATH + " HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Content-Type: application/json\r\n"
                + VerifyingFilter.TIMESTAMP + ": " + timestamp + "\r\n"
                + VerifyingFilter.SIGNATURE + ": " + signature + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n"
                + "\r\n"
                + new String(body, StandardCharsets.UTF_8);
    }
}
