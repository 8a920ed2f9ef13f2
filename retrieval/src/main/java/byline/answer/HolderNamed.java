package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Who is the union's general secretary?", "what is the name of the club's sporting director?" ask who holds a role,
 * and news names the holder beside the role: "general secretary Ana Ruiz", "Ana Ruiz, its sporting director". A
 * sentence that speaks of the role and names no one near it ("the club's sporting director will lead the search")
 * is the near miss. When none of the sentences the answer would show ({@link Composer#shown}) has a name the
 * question lacks within {@link NameBeside#NEAR} characters of a role word, they do not say who holds it. The roles are
 * general English of news, all in this file; owners and founders are left out, since a company or a council is as
 * often the answer and need not stand beside the word.
 */
final class HolderNamed implements ShownSentencesCheck.Rule {
    static final String UNNAMED = "the sentences that would answer name no one in the role asked";

    private static final String ROLES = "chief executive|chief economist|chief financial officer|chief operating officer|"
            + "chair(?:man|woman|person)?|director|manager|coach|captain|president|leader|head|boss|ceo|cfo|coo|cto|"
            + "editor|spokes(?:man|woman|person)|secretary|treasurer|mayor|principal|head ?teacher|master|skipper|"
            + "referee|economist|minister|governor|sheriff|superintendent|commissioner|officer|deputy";
    /** The question opens by asking who holds the role: "who is the…", "what is the name of the…". */
    private static final Pattern ASKS = Pattern.compile("(?i)^\\W*(?:who(?:'s|’s|s)?(?:\\s+(?:is|was|are|were|will be|"
            + "now))?|what(?:'s|’s|\\s+is|\\s+was) the name of)\\s+(?:the\\s+)?"
            + "(?:(?!(?:from|of|in|at|on|with|for|to|by|did|does|do|has|had|will|would)\\b)[\\p{L}\\p{N}'’&.-]+\\s+){0,4}?"
            + "(?:" + ROLES + ")s?\\b");
    /** A role named in a sentence, by its noun or by the verb of holding it: "chaired by Ana Ruiz". */
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:(?:" + ROLES + ")s?|chair(?:s|ed|ing)|leads|led|"
            + "leading|head(?:s|ed|ing)|runs|ran|running|manag(?:es|ed|ing)|coach(?:es|ed|ing)|captain(?:s|ed)|"
            + "direct(?:s|ed|ing)|edit(?:s|ed)|in charge|leadership|command(?:s|ed|er|ers|ing)?)\\b");

    /** A title of two words ("finance director", "health minister"): held by one person, not by a "chief executive". */
    private static final Pattern TITLED = Pattern.compile("(?i)\\b(?!(?:the|a|an|its|their|his|her|new|current|"
            + "former|acting|interim|club|company|firm|group|team)\\b)[a-z]+\\s+(?:director|minister|officer|secretary|"
            + "manager|editor|coach|commissioner)s?\\b");

    @Override
    public boolean applies(QuestionPart part) {
        return asks(part);
    }

    /** Whether {@code part} asks who holds a role. */
    static boolean asks(QuestionPart part) {
        return ASKS.matcher(Chat.plain(part.text())).find();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        boolean titled = TITLED.matcher(Chat.plain(part.text())).find();
        return shown.stream().anyMatch(s -> titled ? namesHolderOfAskedRole(part, s)
                : NameBeside.in(s, part.text(), ROLE, role -> true)) ? Optional.empty() : Optional.of(UNNAMED);
    }

    /**
     * Whether {@code s} names someone beside the very role {@code part} asks about ("the club's chairman, Ivo Dane"
     * for "who chairs the club?"), not beside another ("Ivo Dane, who runs the bakery").
     */
    static boolean namesHolderOfAskedRole(QuestionPart part, Sentence s) {
        Set<String> asked = ROLE.matcher(Chat.plain(part.text())).results()
                .map(r -> canonical(r.group())).collect(java.util.stream.Collectors.toSet());
        return NameBeside.in(s, part.text(), ROLE, role -> asked.contains(canonical(role)));
    }

    /** One form for a role's noun and verb: "chairman", "chaired", "chairs" are "chair"; "CEO" is "chief executive". */
    private static String canonical(String role) {
        // whole words only: "director" holds "cto"
        String r = role.toLowerCase(Locale.ROOT).replaceAll("\\bceo\\b", "chief executive")
                .replaceAll("\\bcfo\\b", "chief financial officer").replaceAll("\\bcoo\\b", "chief operating officer")
                .replaceAll("\\bcto\\b", "chief technology officer").replaceAll("\\bled\\b", "lead")
                .replaceAll("\\bran\\b", "run").replace(" ", "");
        String before;
        do {
            before = r;
            r = r.replaceAll("(?:ship|man|woman|person|ers|er|ing|ed|es|s)$", "");
        } while (!r.equals(before) && r.length() > 3);
        return r;
    }
}
