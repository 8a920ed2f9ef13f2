package byline.bot.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Guesses whether a question is written in another language than English, from its function words: short
 * words every sentence of a language uses (question words, articles, forms of "to be", prepositions) and
 * which no corpus names. A question counts as language L when at least {@link #MIN_HITS} of its words are L's
 * function words and more of them are L's than English's; an opening {@code ¿} or {@code ¡} is Spanish on its
 * own. Names in a question ("Karpathy", "Le Monde") rarely reach two hits, so English questions about foreign
 * names stay English. Words several languages share count for each, and only "not English" is acted on.
 * <p>
 * All of the knowledge of this stage is in {@link #FUNCTION_WORDS}: to support another language, add a line.
 */
public final class Languages {
    static final String ENGLISH = "English";
    static final int MIN_HITS = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern SPANISH_MARKS = Pattern.compile("^\\s*[¿¡]");

    private record Language(String name, Set<String> words) {
    }

    private static final List<Language> FUNCTION_WORDS = List.of(
            new Language(ENGLISH, Set.of("the", "is", "are", "was", "were", "who", "whom", "whose", "what", "when",
                    "where", "why", "how", "which", "did", "does", "do", "of", "in", "on", "to", "for", "a", "an",
                    "and", "with", "by", "about", "from", "has", "have", "had", "will", "would", "can", "could",
                    "at", "that", "this", "it", "he", "she", "they", "his", "her", "their", "much", "many", "after",
                    "before", "new", "say", "said", "tell", "me")),
            new Language("Spanish", Set.of("qué", "que", "quién", "quien", "quiénes", "cuándo", "cuando", "dónde",
                    "donde", "cómo", "como", "cuál", "cual", "cuánto", "cuánta", "cuántos", "por", "para", "es",
                    "son", "está", "están", "fue", "el", "la", "los", "las", "a", "del", "una", "y", "con", "se",
                    "su", "sus", "al", "lo", "ha", "han", "hay", "dijo", "nuevo", "nueva")),
            new Language("French", Set.of("qui", "que", "quoi", "quand", "où", "comment", "pourquoi", "quel",
                    "quelle", "quels", "quelles", "est", "sont", "était", "a", "le", "la", "les", "des", "du",
                    "une", "et", "avec", "pour", "dans", "sur", "il", "elle", "ils", "ont", "combien", "ce",
                    "cette", "qu", "au", "aux", "nouveau", "nouvelle", "dit")),
            new Language("German", Set.of("wer", "wann", "wo", "wie", "warum", "welche", "welcher", "welches",
                    "wieviel", "ist", "sind", "hat", "haben", "der", "die", "das", "den", "dem", "des", "ein",
                    "eine", "einen", "und", "mit", "für", "von", "zu", "im", "auf", "er", "sie", "es", "sein",
                    "nicht", "wurde", "bei", "neue", "neuen", "viel")),
            new Language("Italian", Set.of("chi", "che", "cosa", "quando", "dove", "come", "perché", "quale",
                    "quali", "quanto", "è", "sono", "era", "il", "lo", "la", "gli", "a", "di", "del", "della", "e",
                    "con", "per", "ha", "hanno", "nuovo", "nuova")),
            new Language("Portuguese", Set.of("quem", "que", "quando", "onde", "como", "porque", "qual", "quais",
                    "quanto", "é", "são", "foi", "o", "a", "os", "as", "um", "uma", "do", "da", "dos", "das", "e",
                    "com", "para", "por", "em", "no", "na", "ele", "ela", "novo", "nova")),
            new Language("Dutch", Set.of("wie", "wat", "wanneer", "waar", "hoe", "waarom", "welke", "zijn", "het",
                    "een", "en", "met", "voor", "van", "op", "hij", "zij", "heeft", "hebben", "nieuwe")));

    /** The language {@code text} seems written in, when that is not English; empty for English or unsure. */
    public Optional<String> notEnglish(String text) {
        if (SPANISH_MARKS.matcher(text).find()) {
            return Optional.of("Spanish");
        }
        List<String> words = WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
        Map<String, Integer> hits = new LinkedHashMap<>();
        FUNCTION_WORDS.forEach(l -> hits.put(l.name(), (int) words.stream().filter(l.words()::contains).count()));
        int english = hits.get(ENGLISH);
        String best = null;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            boolean beats = best == null ? e.getValue() > english : e.getValue() > hits.get(best);
            if (!e.getKey().equals(ENGLISH) && e.getValue() >= MIN_HITS && beats) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }
}
