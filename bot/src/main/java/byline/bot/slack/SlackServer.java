package byline.bot.slack;

import byline.Library;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Byline on Slack: Bolt for Java behind {@code bolt-jakarta-servlet} on an embedded Jetty 12 (ee10), serving
 * {@code POST /slack/events} (events, slash commands, interactivity; signatures verified by Bolt) and
 * {@code GET /healthz}. Start, then {@link #join()} or {@link #close()}.
 */
final class SlackServer implements AutoCloseable {
    static final String EVENTS_PATH = "/slack/events";
    static final String HEALTH_PATH = "/healthz";
    private static final Logger log = LoggerFactory.getLogger(SlackServer.class);
    private static final int EVENTS_REMEMBERED = 10_000;
    private static final int THREADS_REMEMBERED = 5_000;
    private static final int ANSWERS_SHAREABLE = 1_000;
    // HTTP threads only acknowledge; answering happens on the worker pool, so a small pool suffices.
    private static final int HTTP_THREADS = 24;

    private final Slack slack;
    private final App app;
    private final AnswerWorkers workers;
    private final Server jetty;
    private final ServerConnector connector;
    private final SlackSettings settings;

    SlackServer(SlackSettings settings, Library library) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(library, "library");
        SlackConfig slackConfig = new SlackConfig();
        settings.apiUrl().ifPresent(slackConfig::setMethodsEndpointUrlPrefix);
        this.slack = Slack.getInstance(slackConfig);
        this.app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret()).unmatchedRequestHandler(SlackServer::unmatched).build());
        this.workers = new AnswerWorkers(settings.workers());
        registerHandlers(library);
        this.jetty = new Server(new QueuedThreadPool(HTTP_THREADS, 4));
        this.connector = new ServerConnector(jetty);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        jetty.addConnector(connector);
        jetty.setHandler(servlets(library.corpus().articles().size()));
    }

    private void registerHandlers(Library library) {
        BlockKitRenderer renderer = new BlockKitRenderer();
        ThreadMemory memory = new ThreadMemory(THREADS_REMEMBERED);
        SharedAnswers shared = new SharedAnswers(ANSWERS_SHAREABLE);
        ThreadReplier replier = new ThreadReplier(library.answerer(), renderer,
                new SlackPoster(slack.methods(settings.botToken())), memory, workers);
        new SlackAdapter(new EventDeduplicator(EVENTS_REMEMBERED), memory, replier).register(app);
        new SlashCommandHandler(library, renderer, shared, workers).register(app);
        new ShareButtonHandler(renderer, shared, workers).register(app);
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

    private ServletContextHandler servlets(int articles) {
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new SlackAppServlet(app)), EVENTS_PATH);
        context.addServlet(new ServletHolder(new HealthServlet(articles)), HEALTH_PATH);
        return context;
    }

    /** Starts Bolt (which checks the token with {@code auth.test}) and then the HTTP server. */
    void start() {
        try {
            app.start();
            jetty.start();
        } catch (Exception e) {
            close();
            throw new IllegalStateException("cannot start the Slack server on " + settings.host() + ":"
                    + settings.port() + ": " + e.getMessage(), e);
        }
        log.info("Slack server listening on {}:{}{} ({})", settings.host(), port(), EVENTS_PATH, settings);
    }

    /** The port actually bound (useful when configured as 0). */
    int port() {
        return connector.getLocalPort();
    }

    /** Blocks until the server stops. */
    void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops taking requests, lets queued answers finish, then releases Bolt and the HTTP client. */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            log.warn("stopping the HTTP server failed: {}", e.getMessage());
        }
        workers.close();
        try {
            app.stop();
            slack.close();
        } catch (Exception e) {
            log.warn("stopping Bolt failed: {}", e.getMessage());
        }
    }
}
