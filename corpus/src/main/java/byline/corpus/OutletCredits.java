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
    private static final Pattern CUE = Pattern.compile(
            "\\b(?:[Aa]ccording to|[Pp]er|reported|reporting|reports|report|noted|notes|said|says|told|wrote|"
                    + "writes|framed|framing|summari[sz]ed|captured|cited|citing|confirmed|reading|Source)\\b");

    private final List<Pattern> outlets = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    OutletCredits(Collection<String> corpusOutlets) {
        Set<String> all = new LinkedHashSet<>(WELL_KNOWN);
        all.addAll(corpusOutlets);
        // Longest first, so "The Wall Street Journal" wins over "Wall Street Journal".
        all.stream().filter(n -> !n.isBlank()).sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(n -> {
                    names.add(n);
                    outlets.add(Pattern.compile("(?<![\\w.])" + Pattern.quote(n) + "(?![\\w])"));
                });
    }

    /** Whether {@code name} is a known outlet. */
    boolean isOutlet(String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name.strip()));
    }

    /**
     * The outlet {@code sentence} credits, or empty. The article's own outlet is never a credit.
     * When several outlets appear, the one nearest a reporting cue wins.
     */
    String credited(String sentence, String ownOutlet) {
        List<Integer> cues = new ArrayList<>();
        Matcher c = CUE.matcher(sentence);
        while (c.find()) {
            cues.add(c.start());
        }
        if (cues.isEmpty()) {
            return ""; // no reporting cue: nothing can be near enough to one
        }
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < outlets.size(); i++) {
            if (names.get(i).equalsIgnoreCase(ownOutlet) || !sentence.contains(names.get(i))) {
                continue; // the literal name must occur before its pattern can match
            }
            Matcher m = outlets.get(i).matcher(sentence);
            while (m.find()) {
                int d = distance(cues, m.start(), m.end());
                if (d < bestDistance && !insideLonger(sentence, m.start(), best)) {
                    best = names.get(i);
                    bestDistance = d;
                }
            }
        }
        return bestDistance <= 60 ? best : "";
    }

    private static boolean insideLonger(String sentence, int start, String longer) {
        return !longer.isEmpty() && sentence.indexOf(longer) <= start
                && start < sentence.indexOf(longer) + longer.length();
    }

    private static int distance(List<Integer> cues, int start, int end) {
        int best = Integer.MAX_VALUE;
        for (int cue : cues) {
            best = Math.min(best, cue >= end ? cue - end : Math.max(0, start - cue - 12));
        }
        return best;
    }
}
