package byline.feeds;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The story of an article page, without the site around it. jsoup parses the page and removes what is never
 * the story (scripts, navigation, cookie banners, comments, related links, share bars, ads); Readability
 * (readability4j) then picks the article's main block, as Firefox's reader view does.
 */
final class PageExtractor {
    /** Blocks that are site chrome wherever they appear. */
    private static final String CHROME = "script, style, noscript, template, iframe, form, nav, header, footer, aside,"
            + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true]";
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(?i)(^|[-_ ])(cookie|consent|gdpr|comments?|related|recommend\\w*|share|social|newsletter|subscribe"
                    + "|promo|advert\\w*|ads?|sponsor\\w*|banner|sidebar|popup|modal|outbrain|taboola|disqus)([-_ ]|$)");
    private static final int MIN_TEXT = 200;

    /**
     * @throws FetchException naming the page when no article text can be found in it
     */
    Page extract(URI uri, byte[] html) {
        Document doc = parse(uri, html);
        String siteName = meta(doc, "og:site_name");
        String published = isoDate(meta(doc, "article:published_time"));
        String metaAuthor = meta(doc, "author");
        removeChrome(doc);
        Article article = new Readability4J(uri.toString(), doc).parse();
        Element content = article.getArticleContent();
        String text = content == null ? "" : paragraphs(content);
        if (text.length() < MIN_TEXT) {
            throw new FetchException(uri, "no article text found in the page");
        }
        String title = firstNonBlank(meta(doc, "og:title"), article.getTitle(), doc.title());
        String author = firstNonBlank(metaAuthor, clean(article.getByline()));
        return new Page(title, siteName, author, published, text);
    }

    private static Document parse(URI uri, byte[] html) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), null, uri.toString()); // charset from the page
        } catch (IOException | RuntimeException e) {
            throw new FetchException(uri, "unreadable HTML (" + e.getMessage() + ")");
        }
    }

    private static void removeChrome(Document doc) {
        doc.select(CHROME).remove();
        if (doc.body() == null) {
            return;
        }
        int whole = doc.body().text().length();
        List<Element> named = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            boolean chrome = CHROME_NAME.matcher(e.className()).find() || CHROME_NAME.matcher(e.id()).find();
            // A wrapper such as <div class="page has-sidebar"> holds the story too: never remove most of the page.
            if (chrome && e.select("article").isEmpty() && e.text().length() < whole / 2) {
                named.add(e);
            }
        }
        named.forEach(Element::remove);
    }

    /**
     * Block elements' text, one paragraph each; inline markup flattened. A table becomes a Markdown pipe table, so
     * that each of its rows is read with its column names, as a table in a Markdown article is.
     */
    private static String paragraphs(Element content) {
        List<String> out = new ArrayList<>();
        for (Element e : content.select("h1, h2, h3, h4, p, li, blockquote, pre, table")) {
            if (e.parents().stream().anyMatch(a -> a.is("table"))) {
                continue; // read with its table
            }
            if (e.is("table")) {
                out.add(MarkdownTable.of(e));
                continue;
            }
            if (!e.is("li") && e.select("p, li, blockquote, pre").stream().anyMatch(inner -> inner != e)) {
                continue; // a container; its own paragraphs are listed separately
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                out.add(e.is("li") ? "- " + t : e.is("h1, h2, h3, h4") ? "## " + t : t);
            }
        }
        if (out.isEmpty()) {
            out.add(content.text().strip());
        }
        return String.join("\n\n", out);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    private static String isoDate(String s) {
        return s.matches("\\d{4}-\\d{2}-\\d{2}.*") ? s.substring(0, 10) : "";
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceFirst("(?i)^by\\s+", "").strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
