package byline.bot.slack;

import byline.Library;
import byline.answer.Answerer;
import byline.corpus.Article;
import byline.corpus.Corpus;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A running Byline Slack server (real Jetty, real Bolt) wired to a local fake Slack, with one answer worker so
 * that replies arrive in the order the questions were accepted (a test can then prove that nothing was posted
 * for an ignored event by seeing the next event's reply come first).
 */
final class SlackTestRig implements AutoCloseable {
    static final String BOT_TOKEN = "xoxb-test-0000-byline-bot-token-secret";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5-test-secret";
    static final List<Article> ARTICLES = List.of(
            new Article("acme-robotics", "Acme names head of robotics", "Reuters", "2026-05-27", "",
                    "https://example.com/acme-robotics", "Jane Doe leads the new robotics unit at Acme."),
            new Article("harbour-notes", "Harbour reopens", "", "2026-05-29", "", "", "The harbour reopened."));

    final FakeSlackApi slack;
    final SlackServer server;
    final SignedRequests requests;

    SlackTestRig(Answerer answerer) throws IOException {
        this(answerer, new Corpus(ARTICLES, List.of()));
    }

    SlackTestRig(Answerer answerer, Corpus corpus) throws IOException {
        this(answerer, corpus, 1, Duration.ofSeconds(5), FAST);
    }

    /** Quick retries and a short read timeout, so fault tests take milliseconds, not Slack's seconds. */
    static final SlackTuning FAST = new SlackTuning(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(100),
            Duration.ofSeconds(2)), Duration.ofMillis(500), 32L << 20, VerifyingFilter.MAX_BODY_BYTES);

    SlackTestRig(Answerer answerer, Corpus corpus, int workers, Duration grace, SlackTuning tuning)
            throws IOException {
        slack = new FakeSlackApi();
        SlackSettings settings = new SlackSettings(BOT_TOKEN, SIGNING_SECRET, Optional.of(slack.apiUrl()),
                "127.0.0.1", 0, workers, grace);
        server = new SlackServer(settings, new Library(corpus, answerer), tuning);
        server.start();
        requests = new SignedRequests("http://127.0.0.1:" + server.port(), SIGNING_SECRET);
    }

    @Override
    public void close() {
        server.close();
        slack.close();
    }
}
