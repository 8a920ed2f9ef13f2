package byline.answer.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Content words two texts share. A cheap sanity check, not a proof: a claim that shares no content word with
 * the passage it cites is not resting on it, and the best-matching sentence of a passage tells which outlet
 * the claim credits.
 */
final class Overlap {
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "was",
            "were", "are", "has", "have", "had", "its", "his", "her", "their", "they", "them", "she", "which",
            "who", "what", "when", "where", "how", "why", "said", "says", "will", "would", "about", "into", "than",
            "then", "also", "not", "but", "been", "being", "according", "per", "can", "could", "did", "does",
            "there", "these", "those", "such", "our", "you", "your", "all", "any", "more", "most", "over");

    private Overlap() {
    }

    static Set<String> terms(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3 || w.chars().allMatch(Character::isDigit) && !w.isEmpty())
                .filter(w -> !STOP.contains(w))
                .collect(Collectors.toSet());
    }

    static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
