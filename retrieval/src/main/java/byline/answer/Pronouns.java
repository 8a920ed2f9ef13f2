package byline.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A question-analysis stage for follow-ups: "when did he join?" after a question about Karpathy is asked as "when
 * did Karpathy join?". A pronoun is replaced by the main name of the earlier question, else of the earlier answer,
 * when the follow-up names nobody of that kind itself. People and things are told apart so that "who leads it?"
 * after "Which team did Karpathy join?" is not read as "who leads Karpathy?": "he/she/his/her/him" take a name
 * that does not look like an organisation, "it/its/they/them/their" one that does. A demonstrative standing alone
 * ("when was that announced?", "why did this happen?", unlike "that team") points at what the earlier answer said
 * rather than at a name, and so does "it" after "Which team…?": such a question is left as typed, and
 * {@link #pointsAtAnswer} tells the analysis to take the earlier answer's words as its referent. When no name
 * fits, the question is left as typed and the earlier turn still gives it context.
 * <p>
 * All of this stage's knowledge is the word lists and patterns below.
 */
final class Pronouns {
    private static final Set<String> PERSON = Set.of("he", "him", "his", "she", "her", "hers");
    private static final Set<String> THING = Set.of("it", "its", "they", "them", "their");
    private static final Set<String> POSSESSIVE = Set.of("his", "its", "their", "hers");
    /** Words that open a question or a sentence with a capital letter without being names. */
    private static final Set<String> NOT_NAMES = Set.of("who", "what", "when", "where", "why", "how", "which", "whose",
            "did", "does", "do", "is", "are", "was", "were", "will", "can", "could", "should", "would", "has", "have",
            "and", "but", "so", "also", "the", "a", "an", "in", "on", "at", "according", "after", "before", "then",
            "i", "he", "she", "it", "they", "his", "her", "its", "their", "this", "that", "tell", "please", "what's",
            "who's", "sources", "reporting", "headline", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    /** Endings and shapes of organisation names; a name right after these words is a place or an organisation. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?:\\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|Labs?|AI|Group|Company|University|Institute|Bank|News|Times"
                    + "|Post|Journal|Agency|Ministry|Council|Team|Club|Party|Foundation|Fund|Capital|Partners"
                    + "|Technologies|Systems|Research)\\.?$)|\\p{Ll}\\p{Lu}|^\\p{Lu}{2,}\\b");
    private static final Set<String> BEFORE_ORGANISATION = Set.of("at", "for", "from", "with", "join", "joined",
            "joining", "joins", "left", "leave", "leaving", "leaves", "acquired");
    private static final Pattern NAME = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}\\p{N}&.-]*|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.-]*))*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    /** "Which team did Karpathy join?": a later "it" is the team asked about, not a name. */
    private static final Pattern ASKS_FOR_A_THING = Pattern.compile(
            "^(?:which|what)\\s+(?!(?:is|are|was|were|did|does|do|has|have|will|can)\\b)\\p{L}+",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "those", "these");
    /** Before a demonstrative, words making it a subject or object: "was that…", "when did this…", "for that". */
    private static final Set<String> BEFORE_DEMONSTRATIVE = Set.of("is", "was", "are", "were", "did", "does", "do",
            "has", "have", "had", "will", "would", "can", "could", "should", "when", "where", "why", "how", "what",
            "who", "and", "about", "after", "before", "for", "of", "since", "from", "with", "by", "behind");
    /**
     * After such a demonstrative, words that show it stands alone: verbs, prepositions and predicates, never a noun
     * ("was that announced", "what does this mean", "is that true"; not "was that deal…"). A past participle is
     * read from its ending.
     */
    private static final Set<String> AFTER_DEMONSTRATIVE = Set.of("is", "was", "are", "were", "be", "been", "will",
            "would", "could", "mean", "means", "happen", "happened", "matter", "go", "come", "work", "cost", "costs",
            "take", "start", "begin", "end", "last", "include", "involve", "affect", "change", "say", "get", "about",
            "for", "to", "in", "on", "at", "from", "by", "with", "worth", "true", "right", "official", "final", "new",
            "still", "already", "really", "the", "a", "an", "when", "where", "who", "what", "how", "why");
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}{3,}ed");

    private Pronouns() {
    }

    /** A name found in a text, with whether it looks like an organisation (or a place) rather than a person. */
    private record Name(String text, boolean organisation) {
    }

    /** The question with its pronouns resolved, or the question as asked. */
    static Question resolve(Question question) {
        if (!question.hasEarlier() && question.earlierAnswer().isEmpty()) {
            return question;
        }
        List<Name> own = names(question.text());
        String text = question.text();
        text = replace(text, PERSON, own, false, question);
        if (!ASKS_FOR_A_THING.matcher(question.earlier()).find()) {
            text = replace(text, THING, own, true, question);
        }
        return text.equals(question.text()) ? question : question.withText(text);
    }

    private static String replace(String text, Set<String> pronouns, List<Name> own, boolean organisation,
                                  Question question) {
        if (own.stream().anyMatch(n -> n.organisation() == organisation)) {
            return text; // the question names its own referent: "did Acme say it would..."
        }
        Optional<String> referent = Stream.concat(Stream.of(question.earlier()), question.earlierAnswer().stream())
                .flatMap(t -> names(t).stream()).filter(n -> n.organisation() == organisation).map(Name::text)
                .findFirst();
        if (referent.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (pronouns.contains(word)) {
                String name = POSSESSIVE.contains(word) || "her".equals(word) && nounFollows(text.substring(m.end()))
                        ? referent.get() + "'s" : referent.get();
                m.appendReplacement(sb, Matcher.quoteReplacement(name));
            }
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Whether the follow-up refers to what the earlier answer said rather than to a name: a demonstrative standing
     * alone ("when was that announced?"), or "it/they" after a question that asked which thing ("Which team…?").
     */
    static boolean pointsAtAnswer(Question question) {
        if (!question.hasEarlier() && question.earlierAnswer().isEmpty()) {
            return false;
        }
        return standsAlone(question.text()) || ASKS_FOR_A_THING.matcher(question.earlier()).find()
                && words(question.text()).stream().anyMatch(THING::contains);
    }

    /**
     * Whether {@code text} uses "that/this/those/these" as a pronoun, not as a determiner ("that team"), a
     * conjunction ("said that Acme…") or a relative ("the team that won"): at the end, or between a word that makes
     * it a subject or object and one that cannot begin a noun phrase.
     */
    static boolean standsAlone(String text) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            if (!DEMONSTRATIVES.contains(words.get(i))) {
                continue;
            }
            if (i == words.size() - 1) {
                return true; // "who reported that?"
            }
            String next = words.get(i + 1);
            boolean subjectOrObject = i == 0 || BEFORE_DEMONSTRATIVE.contains(words.get(i - 1));
            if (subjectOrObject && (AFTER_DEMONSTRATIVE.contains(next) || PARTICIPLE.matcher(next).matches())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds a pronoun ("it", "their", "she"…) that stands for something named before it. */
    static boolean refersBack(String text) {
        return words(text).stream().map(w -> w.replaceFirst("'.*", "")) // "it's", "they're"
                .anyMatch(w -> PERSON.contains(w) || THING.contains(w));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** "her" is possessive before a noun ("her team"), an object otherwise ("hired her?"). */
    private static boolean nounFollows(String rest) {
        Matcher next = WORD.matcher(rest);
        return next.find() && rest.substring(0, next.start()).isBlank()
                && !NOT_NAMES.contains(next.group().toLowerCase(Locale.ROOT));
    }

    /** Capitalised runs of words that are not sentence openers, in order of appearance. */
    static List<Name> names(String text) {
        List<Name> names = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = trimmed(m.group());
            if (!name.isEmpty() && !name.matches(".*\\d.*")) { // "Q1 2026" is a period, not a name
                names.add(new Name(name, ORGANISATION.matcher(name).find() || afterOrganisationCue(text, m.start())));
            }
        }
        return names;
    }

    /** Drops leading words that are capitalised only because they open the sentence, and a closing 's. */
    private static String trimmed(String run) {
        List<String> words = new ArrayList<>(List.of(run.split("\\s+")));
        while (!words.isEmpty() && NOT_NAMES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        return String.join(" ", words).replaceAll("(?:'s|’s|[.’'])$", "");
    }

    private static boolean afterOrganisationCue(String text, int start) {
        String before = text.substring(0, start).strip();
        int space = before.lastIndexOf(' ');
        String previous = before.substring(space + 1).toLowerCase(Locale.ROOT);
        return BEFORE_ORGANISATION.contains(previous);
    }
}
