package byline.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a whole corpus into sentence-aware chunks. Works on the corpus, not one article, because
 * recovering flattened tables and knowing outlet names both use what the other articles say.
 */
public final class CorpusSplitter {
    /** Default chunk size: small enough that a chunk's embedding stays about one thing. */
    public static final int DEFAULT_MAX_CHARS = 420;
    public static final int DEFAULT_MAX_SENTENCES = 3;

    private static final Pattern SOURCE_NAME = Pattern.compile(
            "^\\s*(?:[-*•]\\s*)?(?:Source:\\s*)?([A-Z][\\w.&' ]{1,38}?):\\s|[—–-]\\s+([A-Z][\\w.&' ]{1,38}?)\\s*↗?\\s*$|^Source:\\s*([A-Z][\\w.&' ]{1,38})\\s*$");

    private final Chunker chunker;

    public CorpusSplitter() {
        this(DEFAULT_MAX_CHARS, DEFAULT_MAX_SENTENCES);
    }

    public CorpusSplitter(int maxChars, int maxSentences) {
        this.chunker = new Chunker(maxChars, maxSentences);
    }

    /** All chunks of all articles, in corpus order. */
    public List<Chunk> split(Corpus corpus) {
        ArticleParser parser = parser(corpus);
        List<Chunk> chunks = new ArrayList<>();
        for (Article a : corpus.articles()) {
            chunks.addAll(chunker.chunk(parser.parse(a)));
        }
        return chunks;
    }

    private static ArticleParser parser(Corpus corpus) {
        Vocabulary vocabulary = new Vocabulary(corpus.articles());
        return new ArticleParser(new TableSegmenter(vocabulary), new OutletCredits(corpusOutlets(corpus)));
    }

    /** Outlets named in front matter and in the articles' own "Sources" lists. */
    static Set<String> corpusOutlets(Corpus corpus) {
        Set<String> names = new LinkedHashSet<>();
        for (Article a : corpus.articles()) {
            if (a.outletNamed()) {
                names.add(a.outlet());
            }
            boolean inSources = false;
            for (String line : a.body().lines().toList()) {
                String s = line.strip();
                if (s.matches("(?i)#*\\s*sources?")) {
                    inSources = true;
                } else if (inSources || s.startsWith("Source:")) {
                    Matcher m = SOURCE_NAME.matcher(s);
                    if (m.find()) {
                        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                        addUnlessSelfPublished(names, name.strip(), s);
                    }
                }
            }
        }
        return names;
    }

    /** "Anthropic: Anthropic acquires Stainless" is a company's own release, not an outlet's report. */
    private static void addUnlessSelfPublished(Set<String> names, String name, String entry) {
        String rest = entry.substring(entry.indexOf(name) + name.length());
        if (!rest.contains(name)) {
            names.add(name);
        }
    }
}
