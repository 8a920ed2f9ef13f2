package byline.feeds;

/** Feeds and article pages as sites publish them: chrome, scripts, cookie banners, comments, related links. */
final class Pages {
    private Pages() {
    }

    static String article(String siteName, String headline, String author, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return """
                <!doctype html><html><head><meta charset="utf-8">
                <title>%2$s | %1$s</title>
                %5$s
                <meta property="og:title" content="%2$s">
                <meta name="author" content="%3$s">
                <meta property="article:published_time" content="2026-05-21T08:00:00Z">
                <script>window.dataLayer = [{"page": "article"}]; function track(){}</script>
                <style>.ad-slot{height:250px}</style>
                </head><body>
                <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
                <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
                <div class="ad-slot">ADVERTISEMENT Buy the best mattress today</div>
                <main><article>
                <h1>%2$s</h1>
                <div class="byline">By %3$s</div>
                %4$s
                </article>
                <aside class="related-links"><h3>Related stories</h3><ul><li><a href="/x">Celebrity chef opens a seventh restaurant downtown</a></li></ul></aside>
                <section id="comments" class="comments"><h3>Comments</h3><p>First! This is the worst reporting I have ever read on this website honestly.</p></section>
                </main>
                <footer><p>© 2026 All rights reserved. Terms. Privacy.</p></footer>
                <script>track();</script>
                </body></html>
                """.formatted(siteName, headline, author, body,
                siteName.isEmpty() ? "" : "<meta property=\"og:site_name\" content=\"" + siteName + "\">");
    }

    static String rss(String channelTitle, String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>http://example.org/</link>
                <description>News</description>
                %s
                </channel></rss>
                """.formatted(channelTitle, String.join("\n", items));
    }

    static String rssItem(String title, String link, String guid, String author) {
        return """
                <item><title>%s</title><link>%s</link><guid isPermaLink="false">%s</guid>
                <author>%s</author><pubDate>Thu, 21 May 2026 08:00:00 GMT</pubDate></item>
                """.formatted(title, link, guid, author);
    }

    static String atom(String feedTitle, String entryTitle, String link) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>%s</title><id>urn:feed</id>
                <updated>2026-05-22T10:00:00Z</updated>
                <entry><title>%s</title><link href="%s"/><id>urn:entry:1</id>
                <updated>2026-05-22T10:00:00Z</updated><author><name>Ana Ruiz</name></author></entry>
                </feed>
                """.formatted(feedTitle, entryTitle, link);
    }
}
