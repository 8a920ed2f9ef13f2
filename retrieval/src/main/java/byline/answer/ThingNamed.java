package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What is the name of the worker who was rescued?" and "what is the firm's new product called?" ask a name for a
 * thing the question names, and news gives it beside that word ("the worker, Ana Ruiz,", "its new app, Ledgerly").
 * The near miss speaks of the thing without naming it ("a worker was rescued", "a product due out in the autumn")
 * while some other name stands elsewhere in the sentence, which {@link ValueCheck} accepts. So such a part is declined
 * when no sentence the answer would show ({@link Composer#shown}) has a name the question lacks within
 * {@link NameBeside#NEAR} characters of the thing's word; a "which" question's name often says the kind itself, so
 * it is held to this only where a shown sentence uses the word ("a third-party vendor" for "which vendor…"). The
 * sibling of {@link HolderNamed} (a role's holder) and {@link AuthorNamed} (a writer).
 */
final class ThingNamed implements ShownSentencesCheck.Rule {
    static final String UNNAMED = "the sentences that would answer do not name what the question asks the name of";

    /** Words that end the thing's noun phrase: a relative clause, a preposition or a verb follows it. */
    private static final String PHRASE_END = "(?= (?:who|whom|whose|that|which|where|when|why|in|at|of|on|for|from|"
            + "by|with|behind|she|he|they|it|the|used|was|is|were)\\b|\\W*$)";
    private static final String DETERMINER = "(?:the |a |an |his |her |their |its |[\\w'’-]+['’]s? )?";
    /** The thing of "the name of the worker who…", up to four words; its last word is the noun. */
    private static final Pattern NAME_OF = Pattern.compile("(?i)\\bnames? of " + DETERMINER
            + "((?:[\\w'’-]+ ){0,3}?[\\w-]+)" + PHRASE_END);
    /** The thing of "what is the firm's new product called?". */
    private static final Pattern CALLED = Pattern.compile("(?i)\\bwhat (?:is|was|are|were|will) " + DETERMINER
            + "((?:[\\w'’-]+ ){0,3}?[\\w-]+) (?:be )?called\\b");
    /**
     * The thing of "which three banks are lending…", "in which town…": a "which" followed by the noun and its verb.
     */
    private static final Pattern WHICH = Pattern.compile("(?i)^\\W*(?:(?:in|at|from|for|to|with|by|on|of) )?which "
            + "(?:(?:other|two|three|four|five|six|\\d+) )?((?:[\\w'’-]+ ){0,2}?[\\w-]+)"
            + "(?= (?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|[\\w-]+ed)\\b)");
    /** "What is it called when…" asks for a term, not for a name beside a word. */
    private static final Pattern PRONOUN = Pattern.compile("it|this|that|they|these|those|he|she");

    /**
     * What a question asks the name of.
     *
     * @param noun    the thing's noun, singular
     * @param byWhich asked as "which bank…": the answer's name often says the kind itself ("led by Brightmoor
     *                Partners" answers "which firm"), so only a sentence that speaks of the thing by its word must
     *                name it beside the word
     */
    record Asked(String noun, boolean byWhich) {
        /** The thing's word in a sentence, in any case and with any ending ("firm", "firms"). */
        Pattern word() {
            return Pattern.compile("(?i)\\b" + Pattern.quote(noun) + "\\w*");
        }
    }

    /** What {@code question} asks the name of, if it asks one. */
    static Optional<Asked> asked(String question) {
        for (Pattern p : List.of(NAME_OF, CALLED, WHICH)) {
            Matcher m = p.matcher(question);
            if (m.find()) {
                String[] words = m.group(1).split(" ");
                String noun = words[words.length - 1].toLowerCase(Locale.ROOT);
                return PRONOUN.matcher(noun).matches() ? Optional.empty()
                        : Optional.of(new Asked(singular(noun), p == WHICH));
            }
        }
        return Optional.empty();
    }

    private static String singular(String noun) {
        return noun.length() > 4 && noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    /** A "which" part only when it asks a name: "which minute", "which option" ask for something else. */
    @Override
    public boolean applies(QuestionPart part) {
        return asked(part.text()).filter(a -> !a.byWhich() || part.type() == AnswerType.PERSON
                || part.type() == AnswerType.PLACE || part.type() == AnswerType.NAME).isPresent();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        Asked asked = asked(part.text()).orElseThrow();
        Pattern word = asked.word();
        if (asked.byWhich() && shown.stream().noneMatch(s -> word.matcher(s.text()).find())) {
            return Optional.empty();
        }
        boolean named = shown.stream().anyMatch(s -> NameBeside.in(s, part.text(), word, w -> true));
        return named ? Optional.empty() : Optional.of(UNNAMED);
    }
}
