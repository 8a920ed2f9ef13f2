package byline.bot.chat;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tells small talk and commands typed as words ("hi", "thanks", "help", "sources", "quit") from questions, and
 * questions in another language from English ones, so that every front end answers them itself instead of
 * sending them to the answering core. Only a whole message counts as small talk: "hi, who leads the team?" is a
 * question, and so is "which sources reported it?".
 * <p>
 * The phrases are all in {@link #PHRASES}; a message matches after case, punctuation, emoji and a trailing
 * "byline" are dropped.
 */
public final class Intents {
    private static final Map<Intent, Set<String>> PHRASES = Map.of(
            Intent.GREETING, Set.of("hi", "hello", "hey", "hiya", "howdy", "yo", "hi there", "hello there",
                    "hey there", "good morning", "good afternoon", "good evening", "greetings"),
            Intent.THANKS, Set.of("thanks", "thank you", "thx", "ty", "cheers", "thanks a lot", "thank you so much",
                    "many thanks", "great thanks", "ok thanks", "okay thanks", "thanks again", "much appreciated"),
            Intent.HELP, Set.of("help", "help me", "what can you do", "how does this work", "how do i use you",
                    "commands", "usage", "what can i ask", "what can i ask you", "what should i ask"),
            Intent.SOURCES, Set.of("sources", "source", "list sources", "show sources", "your sources", "articles",
                    "list articles", "show articles", "list the articles", "what articles do you have",
                    "which articles do you have", "how many articles do you have", "how many articles are there",
                    "how many articles", "what sources do you have", "which sources do you have",
                    "what are your sources", "what articles are there", "what news do you have"),
            Intent.QUIT, Set.of("quit", "exit", "bye", "goodbye", "bye bye", "see you"));

    private final Languages languages;

    public Intents(Languages languages) {
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** Intents with the standard language guess. */
    public Intents() {
        this(new Languages());
    }

    public Intent of(String message) {
        String key = normalized(message);
        for (Map.Entry<Intent, Set<String>> e : PHRASES.entrySet()) {
            if (e.getValue().contains(key)) {
                return e.getKey();
            }
        }
        return languages.notEnglish(message).isPresent() ? Intent.NOT_ENGLISH : Intent.QUESTION;
    }

    /** Lower case, words only, without a closing "byline" ("thanks, Byline!" is "thanks"). */
    static String normalized(String message) {
        String words = message.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]+", " ")
                .replaceAll("\\s+", " ").strip();
        return words.replaceFirst("(?:^| )byline$", "").strip();
    }
}
