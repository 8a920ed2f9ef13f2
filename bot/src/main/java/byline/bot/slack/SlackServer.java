package byline.bot.slack;

import byline.Library;
import byline.bot.work.Workers;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;

/**
 * Byline on Slack: Bolt for Java behind {@code bolt-jakarta-servlet} on an embedded Jetty 12 (ee10), serving
 * {@code POST /slack/events} (events, slash commands, interactivity; each request verified by
 * {@link VerifyingFilter} before Bolt sees it) and {@code GET /healthz}. Start, then {@link #close()}
 * when the process is asked to stop.
 */
final class SlackServer implements AutoCloseable {
    static final String EVENTS_PATH = "/slack/events";
    static final String HEALTH_PATH = "/healthz";
    private static final Logger log = LoggerFactory.getLogger(SlackServer.class);
    private static final int THREADS_REMEMBERED = 5_000;
    private static final int ANSWERS_SHAREABLE = 1_000;
    // HTTP threads only acknowledge; answering happens on the worker pool, so a small pool suffices.
    private static final int HTTP_THREADS = 24;
    // Enough for the JIT to compile the hot path at its first tier; the budget bounds start-up on a slow machine.
    private static final int WARMUP_REQUESTS = 300;
    private static final Duration WARMUP_BUDGET = Duration.ofMillis(400);
    // Requests in progress when the server stops get this long to be acknowledged.
    private static final long HTTP_STOP_MILLIS = 5_000;

    private final Slack slack;
    private final App app;
    private final AfterAck afterAck = new AfterAck();
    private final Dispatch dispatch;
    private final Server jetty;
    private final ServerConnector connector;
    private final GracefulHandler graceful;
    private final LocalConnector local;
    private final SlackSettings settings;
    private final SlackTuning tuning;
    private final SignatureCheck signatures;
    private final RecentKeys replays = RecentKeys.standard();
    private final EventDeduplicator deduplicator = new EventDeduplicator(RecentKeys.standard());
    private volatile boolean started;
    private volatile AckWarmup.Outcome warmup = new AckWarmup.Outcome(0, 0, Duration.ZERO);

    SlackServer(SlackSettings settings, Library library) {
        this(settings, library, SlackTuning.standard());
    }

    SlackServer(SlackSettings settings, Library library, SlackTuning tuning) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        Objects.requireNonNull(library, "library");
        SlackConfig slackConfig = new SlackConfig();
        settings.apiUrl().ifPresent(slackConfig::setMethodsEndpointUrlPrefix);
        slackConfig.setHttpClientReadTimeoutMillis((int) tuning.readTimeout().toMillis());
        this.slack = Slack.getInstance(slackConfig);
        this.signatures = new SignatureCheck(settings.signingSecret(), InstantSource.system());
        // The token's auth.test, made once by app.start(), is kept for good: by default Bolt makes it again every
        // 10 minutes on the request path, holding that request's ack (and those arriving meanwhile) on the Web API.
        // Bolt's self-event filter is off for the same reason: for a bot event naming no user it calls bots.info
        // before the ack (again each time for a bot without a bot user). SlackAdapter ignores bots and Byline itself.
        this.app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret()).authTestCacheExpirationMillis(-1)
                .ignoringSelfEventsEnabled(false)
                .unmatchedRequestHandler(SlackServer::unmatched).build());
        this.dispatch = new Dispatch(afterAck,
                new Workers("byline-slack-worker", settings.workers(), tuning.queueBytes(), false),
                new Workers("byline-slack-notice", 1, 1L << 20, false));
        registerHandlers(library);
        this.jetty = new Server(new QueuedThreadPool(HTTP_THREADS, 4));
        this.connector = new ServerConnector(jetty);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        // Only the in-memory connector at first: the port opens once the warm-up is done (see start()).
        this.local = new LocalConnector(jetty);
        jetty.addConnector(local);
        this.graceful = new GracefulHandler(servlets(() -> library.corpus().articles().size()));
        jetty.setHandler(graceful);
        jetty.setErrorHandler(new PlainErrorHandler());
    }

    private void registerHandlers(Library library) {
        BlockKitRenderer renderer = new BlockKitRenderer();
        ThreadMemory memory = new ThreadMemory(THREADS_REMEMBERED);
        SharedAnswers shared = new SharedAnswers(ANSWERS_SHAREABLE);
        WebApiRetry retry = new WebApiRetry(tuning.retry());
        ResponseUrls responses = new ResponseUrls(retry);
        ThreadReplier replier = new ThreadReplier(library.answerer(), renderer,
                new SlackPoster(slack.methods(settings.botToken()), retry), memory, dispatch,
                () -> library.corpus().articles());
        new SlackAdapter(deduplicator, memory, replier).register(app);
        new SlashCommandHandler(library, renderer, shared, dispatch, responses).register(app);
        new ShareButtonHandler(renderer, shared, dispatch, responses).register(app);
    }

    /**
     * Bolt answers 404 to an event without a handler; Slack then retries it and, if that keeps happening, turns
     * the subscription off. Any event Byline does not use is therefore acknowledged; other requests get 404.
     */
    private static Response unmatched(Request<?> request) {
        if (request.getRequestType() == RequestType.Event) {
            return Response.ok();
        }
        return Response.builder().statusCode(404).contentType("application/json")
                .body("{\"error\":\"unhandled request\"}").build();
    }

    private ServletContextHandler servlets(IntSupplier articles) {
        ServletContextHandler context = new ServletContextHandler();
        VerifyingFilter verifier = new VerifyingFilter(signatures, replays, afterAck, tuning.maxBodyBytes());
        context.addFilter(new FilterHolder(verifier), EVENTS_PATH, EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new SlackAppServlet(app)), EVENTS_PATH);
        context.addServlet(new ServletHolder(new HealthServlet(articles)), HEALTH_PATH);
        context.setErrorHandler(new PlainErrorHandler());
        return context;
    }

    /**
     * Checks the token, starts Bolt and the HTTP server with only its in-memory connector, warms the request path
     * there ({@link AckWarmup}), then opens the port.
     *
     * @throws SlackStartException when Slack cannot be reached or rejects the token
     */
    void start() {
        try {
            TokenCheck.verify(slack.methods(), settings.botToken(), settings.apiUrl());
        } catch (SlackStartException e) {
            close();
            throw e;
        }
        try {
            app.start();
            jetty.start();
            warmUp();
            jetty.addConnector(connector); // started (the port opened) by the running server
            if (!connector.isStarted()) {
                connector.start();
            }
            jetty.removeConnector(local);
            local.stop();
            started = true;
        } catch (Exception e) {
            close();
            throw new IllegalStateException("cannot start the Slack server on " + settings.host() + ":"
                    + settings.port() + ": " + e.getMessage(), e);
        }
        log.info("Slack server listening on {}:{}{} ({})", settings.host(), port(), EVENTS_PATH, settings);
    }

    private void warmUp() {
        AckWarmup.Outcome outcome = warmup = new AckWarmup(signatures, replays, InstantSource.system(), WARMUP_REQUESTS,
                WARMUP_BUDGET).run(local);
        log.info("Warmed up the Slack request path with {} synthetic events in {} ms", outcome.sent(),
                outcome.took().toMillis());
    }

    /** What the warm-up at start did. */
    AckWarmup.Outcome warmup() {
        return warmup;
    }

    /** Entries in the replay guard and the event dedupe (for tests). */
    long rememberedKeys() {
        return replays.size() + deduplicator.size();
    }

    /** The port actually bound (useful when configured as 0). */
    int port() {
        return connector.getLocalPort();
    }

    /** New requests get 503 (Slack retries them later); those in progress are still acknowledged. */
    private void stopTakingRequests() {
        try {
            graceful.shutdown().get(HTTP_STOP_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("requests still in progress after {} ms: stopping anyway", HTTP_STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops taking requests (requests in progress are still acknowledged), lets accepted answers finish within
     * the shutdown grace, logs the ones that could not, then releases Bolt and the HTTP client.
     */
    @Override
    public void close() {
        stopTakingRequests();
        try {
            jetty.stop();
        } catch (Exception e) {
            log.warn("stopping the HTTP server failed: {}", e.getMessage());
        }
        int unfinished = dispatch.drain(settings.shutdownGrace());
        try {
            app.stop();
            slack.close();
        } catch (Exception e) {
            log.warn("stopping Bolt failed: {}", e.getMessage());
        }
        if (started) { // a server that never started stopped nothing worth a line
            log.info("Slack server stopped; {} answers unfinished", unfinished);
        }
    }
}
