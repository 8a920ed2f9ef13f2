package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Which sites are unprotected?" is not answered by "Four sites are protected", though the sentence holds nearly
 * every word of the question: English forms an opposite by a prefix, and word overlap, MiniLM and the learned
 * stages all read the two as one. So a part is declined when the sentences the answer would show
 * ({@link Composer#shown}) use the plain word where the question uses its prefixed opposite, or the other way round,
 * and never the question's own form. A negation beside the word ("not protected") states the same as the prefix, and
 * a negated question may turn the opposite back, so neither is held to this. The prefixes and suffixes are general
 * English, all in this file.
 */
final class OppositeStated implements ShownSentencesCheck.Rule {
    static final String OPPOSITE = "the sentences that would answer state the opposite of what the question asks";

    /** "un-" and "non-" make an opposite of nearly any word; the others only of adjectives and adverbs. */
    private static final Pattern ANY_BASE = Pattern.compile("(?:un|non-?)([a-z][a-z-]{4,})");
    private static final Pattern ADJECTIVE_BASE = Pattern.compile("(?:in|im|il|ir|dis)([a-z][a-z-]{4,})");
    /**
     * Endings of adjectives and adverbs: "in-formal", "dis-honest" keep them; "in-crease", "dis-cover" do not. Not
     * "-ed": "dis-missed", "in-stalled" and "dis-closed" are verbs of their own, no opposites of "missed", "stalled"
     * or "closed".
     */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile(
            ".*(?:al|ent|ant|ible|able|ous|ive|ect|ete|ate|ular|ly|est)");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'’-]*");
    /** A negation up to two words before the plain word already says what the prefix says. */
    private static final String NEGATED_BEFORE = "\\b(?:not|never|no|n't)\\W+(?:\\w+\\W+){0,2}";

    @Override
    public boolean applies(QuestionPart part) {
        return !Negation.asked(part.text());
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        String question = part.text().toLowerCase(Locale.ROOT);
        String text = shown.stream().map(Sentence::text).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        Set<String> questionWords = words(question);
        Set<String> textWords = words(text);
        return opposes(questionWords, text, textWords) || opposes(textWords, question, questionWords)
                ? Optional.of(OPPOSITE) : Optional.empty();
    }

    /**
     * Whether {@code oneWords} hold a prefixed word, and not its plain form, where {@code other} uses the plain form,
     * unnegated, and not the prefixed one.
     */
    private static boolean opposes(Set<String> oneWords, String other, Set<String> otherWords) {
        for (String word : oneWords) {
            Optional<String> base = base(word);
            if (base.isPresent() && otherWords.contains(base.get()) && !otherWords.contains(word)
                    && !oneWords.contains(base.get()) && !negated(other, base.get())) {
                return true;
            }
        }
        return false;
    }

    /** The plain word a prefixed opposite is made from: "unconnected" → "connected", "informal" → "formal". */
    static Optional<String> base(String word) {
        Matcher any = ANY_BASE.matcher(word);
        if (any.matches()) {
            return Optional.of(any.group(1));
        }
        Matcher adjective = ADJECTIVE_BASE.matcher(word);
        return adjective.matches() && ADJECTIVE_ENDING.matcher(adjective.group(1)).matches()
                ? Optional.of(adjective.group(1)) : Optional.empty();
    }

    private static boolean negated(String text, String word) {
        return Pattern.compile(NEGATED_BEFORE + Pattern.quote(word) + "\\b").matcher(text).find();
    }

    private static Set<String> words(String text) {
        return WORD.matcher(text).results().map(m -> m.group().replaceAll("['’]s$", ""))
                .collect(Collectors.toSet());
    }
}
