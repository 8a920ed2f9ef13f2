package byline.bot.discord;

import byline.Library;
import byline.bot.work.Workers;
import byline.config.ConfigException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.InstantSource;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Byline on Discord: connects JDA with only the intents it needs, registers {@code /ask} and {@code /sources},
 * and answers on its own worker pool until {@link #close()}.
 */
final class DiscordBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    /**
     * GUILDS (always on in JDA) knows the channels; GUILD_MESSAGES and DIRECT_MESSAGES deliver mentions, replies
     * and DMs. No privileged intent: Discord sends the content of messages that mention the bot and of DMs
     * without MESSAGE_CONTENT.
     */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.DIRECT_MESSAGES);

    /** What the invite asks for: see channels, send (also in threads), read history to reply to messages. */
    static final long PERMISSIONS = Permission.getRaw(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS, Permission.MESSAGE_HISTORY);

    private final DiscordConfig config;
    private final DiscordAdapter adapter;
    /* Memory the waiting questions may hold: some 2,000 questions. */
    private static final long QUEUE_BYTES = 32L << 20;

    private final Workers workers;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile JDA jda;

    DiscordBot(DiscordConfig config, Library library) {
        this(config, library, RateLimiter.perMinute(config.questionsPerMinute(), InstantSource.system()));
    }

    DiscordBot(DiscordConfig config, Library library, RateLimiter limiter) {
        this(config, library, limiter, RestRetry.standard());
    }

    DiscordBot(DiscordConfig config, Library library, RateLimiter limiter, RestRetry retry) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(library, "library");
        // Daemon threads: an answer stuck past the grace must not keep the JVM alive.
        this.workers = new Workers("byline-discord-worker", config.workers(), QUEUE_BYTES, true);
        ConversationMemory memory = new ConversationMemory(10_000);
        DiscordRenderer renderer = new DiscordRenderer();
        QuestionDispatcher dispatcher = new QuestionDispatcher(library.answerer(), renderer, memory, workers);
        this.adapter = new DiscordAdapter(new MessageHandler(dispatcher, limiter, memory, renderer,
                () -> library.corpus().articles(), retry),
                new SlashCommands(dispatcher, limiter, memory, renderer, library::corpus, retry));
    }

    /** Connects, waits until Discord says READY, then registers the slash commands. */
    void start() throws InterruptedException {
        jda = builder().build();
        jda.awaitReady();
        registerCommands();
        log.info("Byline is on Discord as {}; invite it with {}", jda.getSelfUser().getName(), inviteUrl());
    }

    private JDABuilder builder() {
        JDABuilder builder = JDABuilder.createLight(config.token(), INTENTS)
                .addEventListeners(adapter)
                .setEnableShutdownHook(false) // close() lets the workers finish sending, then stops JDA
                .setHttpClientBuilder(httpClient());
        if (!config.apiUrl().isEmpty()) {
            builder.setRestConfig(new RestConfig().setBaseUrl(config.apiUrl()));
        }
        if (!config.gatewayUrl().isEmpty()) {
            // A gateway proxy gets the plain JSON protocol: no zlib transport compression to terminate.
            builder.setSessionController(new FixedGateway(config.gatewayUrl())).setCompression(Compression.NONE);
        }
        return builder;
    }

    /** JDA's own client settings, plus the guard that keeps JDA from resending interaction follow-ups. */
    private static OkHttpClient.Builder httpClient() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(25);
        return new OkHttpClient.Builder().connectionPool(new ConnectionPool(5, 10, TimeUnit.SECONDS))
                .dispatcher(dispatcher).addInterceptor(new FollowUpGuard());
    }

    private void registerCommands() {
        CommandListUpdateAction update;
        String where;
        if (config.guildId().isPresent()) {
            Guild guild = jda.getGuildById(config.guildId().getAsLong());
            if (guild == null) {
                throw new ConfigException("DISCORD_GUILD_ID " + Long.toUnsignedString(config.guildId().getAsLong())
                        + " is not a server Byline has joined: invite it there first, or unset DISCORD_GUILD_ID");
            }
            update = guild.updateCommands();
            where = "in server " + guild.getName();
        } else {
            update = jda.updateCommands();
            where = "globally (new commands can take a while to show up)";
        }
        update.addCommands(SlashCommands.definitions()).queue(
                commands -> log.info("Registered {} slash commands {}", commands.size(), where),
                DiscordAdapter.logFailure("slash command registration"));
    }

    /** The OAuth2 URL that adds Byline to a server with exactly the permissions it needs. */
    String inviteUrl() {
        return "https://discord.com/oauth2/authorize?client_id=" + jda.getSelfUser().getApplicationId()
                + "&scope=bot+applications.commands&permissions=" + PERMISSIONS;
    }

    /** Blocks until JDA has shut down (after {@link #close()}, or when Discord ends the session for good). */
    void awaitShutdown() throws InterruptedException {
        if (jda != null) {
            jda.awaitShutdown();
        }
    }

    /**
     * Stops taking questions (new ones get the "busy" notice), lets answers in flight finish within the shutdown
     * grace while still connected, logs those that could not, then disconnects. Safe to call twice.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        int unfinished = workers.drain(config.shutdownGrace());
        if (jda != null) {
            jda.shutdown();
            try {
                if (!jda.awaitShutdown(5, TimeUnit.SECONDS)) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                jda.shutdownNow();
            }
        }
        if (jda != null) { // never connected: nothing to report beyond why
            log.info("Disconnected from Discord; {} answers unfinished", unfinished);
        }
    }

    /** Points JDA at a configured gateway URL instead of Discord's. */
    private static final class FixedGateway extends SessionControllerAdapter {
        private final String url;

        FixedGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }
}
