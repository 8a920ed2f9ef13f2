package byline.bench;

import byline.corpus.Article;
import byline.corpus.Corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A synthetic corpus of N articles made from the bundled ones: each takes a random share of a source article's
 * lines in shuffled order, replaces its names and numbers consistently, and gets its own outlet, date and id,
 * so articles differ from each other in text (no duplicates for the cache or the index to collapse).
 * Deterministic: the same N gives the same files, so a rerun hits the embedding cache.
 */
final class CorpusGenerator {
    static final int DEFAULT_ARTICLES = 10_000;
    private static final String MARKER = ".generated";
    private static final double KEEP = 0.6;
    private static final Pattern WORD = Pattern.compile("\\b[A-Z][a-z]{2,}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Links spell names in lower case ("x.com/karpathy"); they must not make a name look like a common word. */
    private static final Pattern URL = Pattern.compile("\\S*[./]\\S+");
    /** Words the article parser reads as structure, kept so "Source:" lines still credit outlets. */
    private static final Set<String> STRUCTURE = Set.of("Source", "Sources", "Read", "Why");
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "vin", "sa", "tor", "el", "dru", "pha", "nik",
            "ro", "bel", "cas", "ti", "mon", "gra", "zu", "fen", "os", "ly"};
    private static final String[] CITIES = {"Harbor", "Valley", "Summit", "Lakeside", "Northern", "Coastal",
            "Metro", "Prairie", "Capital", "Delta", "Highland", "River", "Eastern", "Western", "Pacific",
            "Atlantic", "Central", "Union", "Granite", "Silver"};
    private static final String[] PAPERS = {"Times", "Post", "Ledger", "Herald", "Gazette", "Tribune",
            "Dispatch", "Chronicle", "Wire", "Review", "Journal", "Observer", "Courier", "Sentinel", "Record"};

    private final List<Article> sources;
    private final Set<String> names;

    CorpusGenerator(Corpus bundled) {
        this.sources = bundled.articles();
        this.names = names(sources);
    }

    /** Writes {@code count} articles into {@code dir} unless it already holds exactly them; returns {@code dir}. */
    Path generate(Path dir, int count) throws IOException {
        Path marker = dir.resolve(MARKER);
        if (Files.exists(marker) && Files.readString(marker).equals(Integer.toString(count))) {
            return dir;
        }
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve(id(i) + ".md"), article(i));
        }
        Files.writeString(marker, Integer.toString(count));
        return dir;
    }

    static String id(int i) {
        return String.format("syn-%05d", i);
    }

    /** The Markdown text of synthetic article {@code i}. */
    String article(int i) {
        return generated(i).text();
    }

    /**
     * {@code text} (about synthetic article {@code i}'s bundled source) with the names that article replaced
     * replaced the same way: a question about the bundled article becomes one only article {@code i} answers.
     */
    String renamed(int i, String text) {
        Map<String, String> renames = generated(i).renames();
        return WORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(renames.getOrDefault(m.group(), m.group())));
    }

    /** The bundled article synthetic article {@code i} is made from. */
    String sourceId(int i) {
        return sources.get(i % sources.size()).id();
    }

    private record Generated(String text, Map<String, String> renames) {
    }

    private Generated generated(int i) {
        Random random = new Random(31L * i + 7);
        Article source = sources.get(i % sources.size());
        Map<String, String> renames = new HashMap<>();
        List<String> lines = new ArrayList<>(source.body().lines().filter(l -> !l.isBlank()).toList());
        Collections.shuffle(lines, random);
        int keep = Math.max(5, (int) Math.round(lines.size() * KEEP));
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(0, Math.min(keep, lines.size()))) {
            body.append(vary(line, random, renames)).append('\n');
        }
        String outlet = "The " + CITIES[random.nextInt(CITIES.length)] + " " + PAPERS[random.nextInt(PAPERS.length)];
        String date = String.format("20%02d-%02d-%02d", 20 + random.nextInt(7), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        return new Generated("---\ntitle: \"" + vary(source.title(), random, renames).replace("\"", "'")
                + "\"\noutlet: \"" + outlet + "\"\npublished: \"" + date + "\"\n---\n" + body, renames);
    }

    /** Replaces names (words the corpus never writes in lower case) and numbers, the same way within one article. */
    private String vary(String text, Random random, Map<String, String> renames) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String r = names.contains(w) ? renames.computeIfAbsent(w, k -> name(random)) : w;
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        Matcher n = NUMBER.matcher(out.toString());
        StringBuilder numbered = new StringBuilder();
        while (n.find()) {
            n.appendReplacement(numbered, renames.computeIfAbsent("#" + n.group(), k -> number(n.group(), random)));
        }
        n.appendTail(numbered);
        return numbered.toString();
    }

    private static String name(Random random) {
        StringBuilder s = new StringBuilder();
        for (int k = 2 + random.nextInt(2); k > 0; k--) {
            s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String number(String original, Random random) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < original.length(); k++) {
            s.append(k == 0 && original.length() > 1 ? 1 + random.nextInt(9) : random.nextInt(10));
        }
        return s.toString();
    }

    /** Capitalised words that never appear in lower case: names of people, companies, products. */
    private static Set<String> names(List<Article> articles) {
        Set<String> lower = new HashSet<>();
        Set<String> capital = new HashSet<>();
        for (Article a : articles) {
            String prose = URL.matcher(a.title() + " " + a.body()).replaceAll(" ");
            for (String w : prose.split("[^\\p{L}]+")) {
                if (w.isEmpty()) {
                    continue;
                }
                (Character.isLowerCase(w.charAt(0)) ? lower : capital).add(w);
            }
        }
        Set<String> out = new HashSet<>();
        for (String w : capital) {
            if (!lower.contains(w.toLowerCase(java.util.Locale.ROOT)) && w.length() > 2 && !STRUCTURE.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
