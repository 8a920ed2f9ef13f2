package byline.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet a sentence credits ("According to Reuters", "TechCrunch reported", "per CNBC",
 * "Source: TechCrunch"). Outlets are the well-known news brands plus every outlet the corpus itself names
 * (front matter and "Sources" lists), so a user's own corpus teaches it new names.
 */
final class OutletCredits {
    static final List<String> WELL_KNOWN = List.of(
            "Reuters", "Associated Press", "AP", "Bloomberg", "CNBC", "CNN", "BBC", "TechCrunch", "The Verge",
            "Wired", "The Wall Street Journal", "Wall Street Journal", "WSJ", "The New York Times",
            "New York Times", "Financial Times", "The Guardian", "Axios", "The Information", "TechRepublic",
            "Proactive Investors", "The New Stack", "Business Insider", "Forbes", "Fortune", "The Washington Post",
            "Ars Technica", "VentureBeat", "ZDNet", "Engadget", "Politico", "NPR", "CBS News", "NBC News",
            "ABC News", "Fox News", "Al Jazeera", "The Economist", "Semafor", "Platformer", "SiliconANGLE",
            "MIT Technology Review", "Nikkei", "Yahoo Finance", "MarketWatch", "Barron's", "The Atlantic",
            "Vox", "Gizmodo", "Mashable", "404 Media", "The Register", "Le Monde", "Der Spiegel", "Xinhua");
    /**
     * Words that attribute what follows to an outlet named right after them: "according to Reuters", "per the
     * Financial Times", "told CNBC", "Source: Axios".
     */
    static final String BEFORE = "(?:[Aa]ccording to|[Pp]er|[Vv]ia|reported by|first reported by|told|cited by|citing|"
            + "in an interview with|wrote in|writing in|Sources?:)\\s+(?:the\\s+)?";
    /**
     * Words that attribute a statement to an outlet named right before them, at most two words away: "Reuters
     * reported", "CNBC also said", "the Guardian's reporting", "a Fortune headline".
     */
    static final String AFTER = "(?:['’]s)?\\s+(?:\\p{L}+\\s+){0,2}?(?:reported|reports|reporting|report|said|says|"
            + "wrote|writes|noted|notes|confirmed|confirms|framed|frames|framing|described|describes|called|calls|"
            + "argued|argues|headline|story|piece|article|analysis|coverage|interview)\\b";

    private final List<Pattern> outlets = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    OutletCredits(Collection<String> corpusOutlets) {
        Set<String> all = new LinkedHashSet<>(WELL_KNOWN);
        all.addAll(corpusOutlets);
        // Longest first, so "The Wall Street Journal" wins over "Wall Street Journal".
        all.stream().filter(n -> !n.isBlank()).sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(n -> {
                    names.add(n);
                    String name = Pattern.quote(n);
                    outlets.add(Pattern.compile(BEFORE + "(" + name + ")(?![\\w])|(?<![\\w.])(" + name + ")" + AFTER));
                });
    }

    /** Whether {@code name} is a known outlet. */
    boolean isOutlet(String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name.strip()));
    }

    /**
     * The outlet {@code sentence} credits, or empty. An outlet is credited only where the wording attributes
     * something to it, never because its name appears: "Fortune favours the bold" credits nobody. The article's
     * own outlet is never a credit; when several outlets are credited, the first wins.
     */
    String credited(String sentence, String ownOutlet) {
        String best = "";
        int bestStart = Integer.MAX_VALUE;
        for (int i = 0; i < outlets.size(); i++) {
            if (names.get(i).equalsIgnoreCase(ownOutlet) || !sentence.contains(names.get(i))) {
                continue; // the literal name must occur before its pattern can match
            }
            Matcher m = outlets.get(i).matcher(sentence);
            if (m.find()) {
                int start = m.start(1) >= 0 ? m.start(1) : m.start(2);
                if (start < bestStart && !insideLonger(sentence, start, best)) {
                    best = names.get(i);
                    bestStart = start;
                }
            }
        }
        return best;
    }

    private static boolean insideLonger(String sentence, int start, String longer) {
        return !longer.isEmpty() && sentence.indexOf(longer) <= start
                && start < sentence.indexOf(longer) + longer.length();
    }
}
