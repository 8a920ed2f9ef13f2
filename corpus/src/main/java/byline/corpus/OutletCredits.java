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

    /**
     * Words a news outlet's name ends in ("the Varnholm Ledger", "Vale FM", "the Halbrook Business Journal"), so
     * that an outlet neither the corpus nor the list above names is still credited where the wording credits it.
     * Not "Report", "Review" or "Press": "the annual report said" and "a university press published" name none.
     */
    static final String OUTLET_WORD = "(?:Times|Post|Ledger|Gazette|Journal|Wire|Courier|Herald|Tribune|Chronicle|"
            + "Clarion|Star|Echo|Mercury|Observer|Telegraph|Express|Mirror|Standard|Daily|Weekly|News|Bulletin|Monthly|"
            + "Radio|FM|TV|Insider|Dispatch|Examiner|Sentinel|Argus|Advertiser|Tidende)";
    private static final Pattern HAS_OUTLET_WORD = Pattern.compile("\\b" + OUTLET_WORD + "\\b");
    /**
     * A name shaped like an outlet's: up to three capitalised words, an {@link #OUTLET_WORD}, and up to two more
     * capitalised words ("the Quenby Daily Record", "Harbour Radio Business").
     */
    private static final String OUTLET_SHAPED = "((?:\\p{Lu}[\\p{L}&'’.-]*\\s+){0,3}" + OUTLET_WORD
            + "(?:\\s+\\p{Lu}\\p{L}*){0,2})(?![\\w])";
    /**
     * Wording that credits such a name: {@link #BEFORE} it, perhaps with what kind of outlet it is ("first published
     * by the student newspaper The Ardlow Clarion", "polled by the Meridian Times"), or {@link #AFTER} it, perhaps
     * after a comma ("The Pelthorne Ledger, which first reported…", "The Mercury understands").
     */
    private static final Pattern SHAPED_CREDIT = Pattern.compile("(?:" + BEFORE.replace("|Sources?:", "")
            + "|\\b(?:first |originally )?(?:reported|published|revealed|polled|broken)(?: (?:on|in|last) \\w+)? "
            + "by\\s+(?:the\\s+)?)(?:[a-z-]+\\s+){0,3}?" + OUTLET_SHAPED
            + "|(?<![\\w.])" + OUTLET_SHAPED + "(?:['’]s)?,?\\s+(?:\\p{L}+\\s+){0,2}?(?:reported|reports|reporting|"
            + "said|says|wrote|writes|revealed|broke|understands|learned|learnt|quoted|confirmed|called|framed|"
            + "described|cited)\\b");

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
        return best.isEmpty() ? shaped(sentence, ownOutlet) : best;
    }

    /** The first name shaped like an outlet's that {@code sentence} credits, without a leading "The". */
    private static String shaped(String sentence, String ownOutlet) {
        if (!HAS_OUTLET_WORD.matcher(sentence).find()) {
            return ""; // most sentences name no outlet: a plain word search spares them the crediting pattern
        }
        Matcher m = SHAPED_CREDIT.matcher(sentence);
        while (m.find()) {
            String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            String bare = name.startsWith("The ") && name.indexOf(' ', 4) > 0 ? name.substring(4) : name;
            if (!bare.equalsIgnoreCase(ownOutlet) && !name.equalsIgnoreCase(ownOutlet)) {
                return bare;
            }
        }
        return "";
    }

    private static boolean insideLonger(String sentence, int start, String longer) {
        return !longer.isEmpty() && sentence.indexOf(longer) <= start
                && start < sentence.indexOf(longer) + longer.length();
    }
}
