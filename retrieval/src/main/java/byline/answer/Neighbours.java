package byline.answer;

import byline.corpus.Sentence;
import byline.retrieval.SentenceIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a sentence needs from its neighbours to be read alone: the lead-in of a list item, the sentence that names
 * who its pronoun is, the rest of a sentence that ends in a colon or is too short to say enough. {@link Composer}
 * shows these beside the sentences it chooses; the patterns and sizes are general English, all in this file.
 */
final class Neighbours {
    /** How many items of the list a sentence ending in a colon introduces are shown with it: a short list whole. */
    static final int LIST_ITEMS = 5;
    /** A prose sentence shorter than this (characters) rarely says enough alone. */
    static final int SHORT_SENTENCE = 60;
    /**
     * A sentence whose speaker or subject is a bare personal pronoun ("She expects prices to fall", "'We will
     * appeal,' he said") leaves who to the sentence before it.
     */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
            "^\\W*(?:He|She|They)\\b|[,’'\"”]\\s*(?:he|she|they) (?:said|says|told|added|wrote|argued|noted)\\b");
    /**
     * A sentence that points back at a time or a sum told just before it ("Visitors leave during these times",
     * "This amount is refunded"): alone, it does not say which.
     */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(?:these|those|this|that|such) (?:times?|hours?|"
            + "dates?|days?|periods?|sessions?|slots?|amounts?|sums?|figures?|prices?|fees?|charges?|rates?)\\b");
    /** A capitalised word after a sentence's first: the name a pronoun stands for. */
    private static final Pattern NAMED = Pattern.compile("\\s\\p{Lu}\\p{Ll}+");

    private final SentenceIndex sentences;

    Neighbours(SentenceIndex sentences) {
        this.sentences = sentences;
    }

    /**
     * The sentence that introduces the list {@code s} is an item of ("Three things changed:"): a list item alone is
     * a fragment.
     */
    Optional<Sentence> leadIn(Sentence s) {
        return s.kind() == Sentence.Kind.LIST_ITEM ? Features.leadIn(sentences, s) : Optional.empty();
    }

    /**
     * The sentence just before {@code s}, of the same kind (prose, or the same list's items: "- **New chair:** Ada Lowe
     * was elected. She takes over from…"), when {@code s} speaks of "he", "she" or "they" and that sentence names
     * someone (alone, "she told Harbor Radio" does not say who did), or when {@code s} points back at a time
     * or a sum of its paragraph ("during these times").
     */
    Optional<Sentence> antecedent(Sentence s) {
        Optional<Sentence> before = sentences.previous(s)
                .filter(b -> b.kind() == s.kind() && b.docId().equals(s.docId()));
        if (s.kind() != Sentence.Kind.TABLE_ROW && PRONOUN_SUBJECT.matcher(s.text()).find()) {
            return before.filter(b -> NAMED.matcher(b.text()).find());
        }
        boolean pointsBack = s.kind() != Sentence.Kind.TABLE_ROW && POINTS_BACK.matcher(s.text()).find();
        return pointsBack ? before.filter(b -> b.paragraph() == s.paragraph()) : Optional.empty();
    }

    /**
     * A sentence ending in a colon introduces what follows, and a very short one ("Three things stand out.") leans
     * on the next sentence of its paragraph: neither stands alone.
     */
    List<Sentence> continuation(Sentence s) {
        if (endsInColon(s)) {
            return introduced(s);
        }
        if (s.text().strip().length() >= SHORT_SENTENCE || s.kind() != Sentence.Kind.PROSE) {
            return List.of();
        }
        return sentences.next(s).filter(n -> n.paragraph() == s.paragraph() && n.kind() == Sentence.Kind.PROSE)
                .map(this::withIntroduced).orElse(List.of());
    }

    /**
     * A sentence shown beside the best, with what it introduces if it ends in a colon; nothing if it introduces
     * nothing the index holds (a quoted post left out of the text), since it cannot stand alone.
     */
    List<Sentence> withIntroduced(Sentence s) {
        if (!endsInColon(s)) {
            return List.of(s);
        }
        List<Sentence> introduced = introduced(s);
        if (introduced.isEmpty()) {
            return List.of();
        }
        List<Sentence> out = new ArrayList<>(List.of(s));
        out.addAll(introduced);
        return out;
    }

    private static boolean endsInColon(Sentence s) {
        return s.text().strip().endsWith(":");
    }

    /**
     * What {@code s}, a sentence ending in a colon, introduces: the list after it, up to {@link #LIST_ITEMS} items
     * ("three hops:" is answered by the three), or else the next sentence.
     */
    private List<Sentence> introduced(Sentence s) {
        List<Sentence> out = new ArrayList<>();
        Optional<Sentence> next = sentences.next(s);
        next.ifPresent(out::add);
        while (next.isPresent() && next.get().kind() == Sentence.Kind.LIST_ITEM && out.size() < LIST_ITEMS) {
            int list = next.get().paragraph();
            next = sentences.next(next.get()).filter(n -> n.kind() == Sentence.Kind.LIST_ITEM && n.paragraph() == list);
            next.ifPresent(out::add);
        }
        return out;
    }
}
