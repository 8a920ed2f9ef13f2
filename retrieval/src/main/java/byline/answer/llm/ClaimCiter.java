package byline.answer.llm;

import byline.answer.AnswerSentence;
import byline.answer.Citation;
import byline.answer.llm.CheckedReply.Claim;
import byline.corpus.Article;
import byline.corpus.Sentence;
import byline.retrieval.Passage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns checked claims into answer sentences and Byline's own citations: one citation per (article, credited
 * outlet), numbered 1..n in order of first use, whatever numbers the prompt used. A marker whose passage
 * shares no content word with the claim is dropped; a claim left without a marker is dropped.
 */
final class ClaimCiter {
    private final Map<String, Article> articles;
    private final List<Passage> passages;
    private final Map<String, Citation> byKey = new LinkedHashMap<>();
    private int unsupported;

    /** @param passages the passages in prompt order: marker [n] is {@code passages.get(n - 1)} */
    ClaimCiter(Map<String, Article> articles, List<Passage> passages) {
        this.articles = articles;
        this.passages = List.copyOf(passages);
    }

    /** The cited sentences, or nothing when no claim rests on the passages it cites. */
    Optional<Cited> cite(List<Claim> claims) {
        List<AnswerSentence> sentences = new ArrayList<>();
        for (Claim claim : claims) {
            Set<String> terms = Overlap.terms(claim.text());
            Set<Integer> refs = new LinkedHashSet<>();
            for (int n : claim.passages()) {
                Optional<Sentence> best = bestSentence(passages.get(n - 1), terms);
                best.ifPresent(s -> refs.add(number(s)));
                unsupported += best.isEmpty() ? 1 : 0;
            }
            if (!refs.isEmpty()) {
                sentences.add(new AnswerSentence(claim.text(), new ArrayList<>(refs)));
            }
        }
        return sentences.isEmpty() ? Optional.empty()
                : Optional.of(new Cited(sentences, new ArrayList<>(byKey.values())));
    }

    /** How many markers were dropped because their passage shares no content word with the claim. */
    int unsupported() {
        return unsupported;
    }

    /** The passage's sentence closest to the claim; empty when none shares a content word with it. */
    private static Optional<Sentence> bestSentence(Passage passage, Set<String> claimTerms) {
        Sentence best = null;
        int bestShared = 0;
        for (Sentence s : passage.chunk().sentences()) {
            int shared = Overlap.shared(claimTerms, Overlap.terms(s.text()));
            if (shared > bestShared) {
                best = s;
                bestShared = shared;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The claim credits the outlet its closest sentence credits ("According to Reuters, …"). */
    private int number(Sentence s) {
        return byKey.computeIfAbsent(s.docId() + "\u0000" + s.credited(), k -> {
            Article a = articles.get(s.docId());
            if (a == null) {
                throw new IllegalStateException("passage of unknown article " + s.docId());
            }
            return new Citation(byKey.size() + 1, a.id(), a.outlet(), a.title(), a.published(), a.url(),
                    s.credited());
        }).number();
    }

    /** Sentences and the citations they use, numbered 1..n. */
    record Cited(List<AnswerSentence> sentences, List<Citation> citations) {
    }
}
