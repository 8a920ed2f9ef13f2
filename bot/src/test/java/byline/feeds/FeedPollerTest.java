package byline.feeds;

import byline.corpus.Article;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class FeedPollerTest {
    static final String[] FERRY = {
        "The harbour authority approved a second ferry terminal on Tuesday, ending a planning dispute that lasted four years.",
        "The terminal will cost 84 million euros and is due to open in the spring of 2028, the authority's chair said.",
        "Residents of the old quay had objected to the noise of night crossings; the approved plan limits them to two an hour.",
        "Construction starts in June, and the existing terminal stays open while the new one is built next to it."};
    static final String[] ORCHESTRA = {
        "The city orchestra named Mira Halvorsen its new principal conductor, the first woman to hold the post.",
        "Halvorsen, 41, has led the chamber ensemble of the conservatory since 2019 and will start next season.",
        "Her first programme pairs a new commission with Sibelius's fifth symphony, the orchestra announced."};

    @TempDir
    Path corpus;
    private FakeSite site;

    @BeforeEach
    void site() throws IOException {
        site = new FakeSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private FeedPoller poller(Duration spacing) {
        return new FeedPoller(new FeedSettings(List.of(), Duration.ofMinutes(1), spacing, Duration.ofSeconds(2),
                200_000, FeedSettings.USER_AGENT), FeedService.feedsFolder(corpus));
    }

    @Test
    void given_an_rss_feed_when_polled_then_each_item_becomes_an_article_without_the_site_around_it() {
        site.serve("/ferry", "text/html", Pages.article("Harbour Post", "Second ferry terminal approved", "Jo Lind", FERRY))
                .serve("/rss", "application/rss+xml", Pages.rss("Harbour Post: Local",
                        Pages.rssItem("Second ferry terminal approved", site.url("/ferry").toString(), "hp-1", "jo@hp.example (Jo Lind)")));

        Ingest result = poller(Duration.ZERO).poll(List.of(site.url("/rss")));

        assertEquals(List.of(), result.problems());
        Article a = load().articles().get(0);
        assertEquals("Second ferry terminal approved", a.title());
        assertEquals("Harbour Post", a.outlet(), "the site's own name");
        assertEquals("2026-05-21", a.published());
        assertEquals(site.url("/ferry").toString(), a.url());
        assertTrue(a.body().contains("84 million euros") && a.body().contains("Construction starts in June"), a.body());
        for (String chrome : List.of("cookies", "ADVERTISEMENT", "Related stories", "Celebrity chef", "First!",
                "All rights reserved", "Home", "dataLayer")) {
            assertFalse(a.body().contains(chrome), "left out: " + chrome + "\n" + a.body());
        }
    }

    @Test
    void given_an_atom_feed_and_a_page_naming_no_site_then_the_outlet_is_the_feed_title() {
        site.serve("/orchestra", "text/html", Pages.article("", "A new conductor", "Ana Ruiz", ORCHESTRA))
                .serve("/atom", "application/atom+xml", Pages.atom("City Arts Weekly", "A new conductor",
                        site.url("/orchestra").toString()));

        poller(Duration.ZERO).poll(List.of(site.url("/atom")));

        Article a = load().articles().get(0);
        assertEquals("City Arts Weekly", a.outlet());
        assertEquals("Ana Ruiz", a.author());
        assertEquals("2026-05-22", a.published());
    }

    @Test
    void given_the_same_story_in_two_feeds_and_twice_in_one_then_it_is_one_article() {
        String item = Pages.rssItem("Second ferry terminal approved", site.url("/ferry").toString(), "hp-1", "Jo Lind");
        String again = Pages.rssItem("Ferry terminal: the decision", site.url("/ferry#top").toString(), "other-guid", "Jo Lind");
        site.serve("/ferry", "text/html", Pages.article("Harbour Post", "Second ferry terminal approved", "Jo Lind", FERRY))
                .serve("/a", "application/rss+xml", Pages.rss("Harbour Post", item, item))
                .serve("/b", "application/rss+xml", Pages.rss("Coast Digest", again));
        FeedPoller poller = poller(Duration.ZERO);

        Ingest first = poller.poll(List.of(site.url("/a"), site.url("/b")));
        Ingest second = poller.poll(List.of(site.url("/a"), site.url("/b")));

        assertEquals(1, first.added().size());
        assertEquals(1, load().articles().size());
        assertEquals(0, second.added().size());
        assertEquals(1, site.requestsFor("/ferry").size(), "the page is fetched once");
        assertFalse(site.requestsFor("/a").get(1).header("If-None-Match").isEmpty(), "asked conditionally");
    }

    @Test
    void given_broken_feeds_and_pages_then_each_is_one_problem_and_the_rest_are_added() {
        String big = "<html><body><p>" + "word ".repeat(60_000) + "</p></body></html>";
        site.serve("/ferry", "text/html", Pages.article("Harbour Post", "Second ferry terminal approved", "Jo Lind", FERRY))
                .redirect("/old-ferry-link", "/ferry")
                .stall("/slow")
                .serve("/huge", "text/html", big)
                .serve("/empty", "text/html", "<html><body><nav>Home</nav></body></html>")
                .serve("/good", "application/rss+xml", Pages.rss("Harbour Post",
                        Pages.rssItem("Slow", site.url("/slow").toString(), "1", ""),
                        Pages.rssItem("Huge", site.url("/huge").toString(), "2", ""),
                        Pages.rssItem("Empty", site.url("/empty").toString(), "3", ""),
                        Pages.rssItem("Gone", site.url("/gone").toString(), "4", ""),
                        Pages.rssItem("Second ferry terminal approved", site.url("/old-ferry-link").toString(), "5", "")))
                .status("/down", 503)
                .serve("/broken", "application/rss+xml", "<rss><channel><title>Oops</titl")
                .serve("/not-xml", "application/json", "{\"items\": []}");

        Ingest result = poller(Duration.ZERO).poll(List.of(site.url("/down"), site.url("/broken"),
                site.url("/not-xml"), site.url("/good")));

        assertEquals(1, result.added().size(), result.toString());
        assertEquals(7, result.problems().size(), String.join("\n", result.problems()));
        String problems = String.join("\n", result.problems());
        for (String expected : List.of("HTTP 503", "not a readable RSS or Atom feed", "timed out", "larger than",
                "no article text", "HTTP 404")) {
            assertTrue(problems.contains(expected), expected + " in\n" + problems);
        }
        assertEquals("Second ferry terminal approved", load().articles().get(0).title());
    }

    @Test
    void given_two_requests_to_one_host_then_they_are_spaced_and_name_byline() {
        site.serve("/ferry", "text/html", Pages.article("Harbour Post", "Second ferry terminal approved", "Jo Lind", FERRY))
                .serve("/rss", "application/rss+xml", Pages.rss("Harbour Post",
                        Pages.rssItem("Second ferry terminal approved", site.url("/ferry").toString(), "hp-1", "")));

        poller(Duration.ofMillis(300)).poll(List.of(site.url("/rss")));

        List<FakeSite.Request> r = site.requests;
        assertEquals(2, r.size());
        assertTrue(r.get(1).nanos() - r.get(0).nanos() >= Duration.ofMillis(300).toNanos());
        assertTrue(r.get(0).header("User-Agent").startsWith("Byline/"), r.get(0).header("User-Agent"));
    }

    private Corpus load() {
        return new CorpusLoader().load(corpus);
    }

}
