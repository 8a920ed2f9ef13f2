package byline.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Who leads the council?", "who is the club's manager?", "who founded the firm?" ask who holds a role, and the
 * sentence that answers names the role too ("Council leader Jo Bell said…", "its founder, Ana Ruiz"). A sentence
 * that only names the council or the firm is the likely wrong answer: the ranker weighs the organisation's rare name
 * above the common role word. So when some candidates name the asked role, the candidates that do not are dropped,
 * in the same order; when none does, nothing is dropped and answerability judges the question. The roles and their
 * words are general English, all in this file.
 */
final class RoleWords {
    /** A kind of role, the words a question asks it with, and the words a sentence names it with. */
    private enum Role {
        LEADS("leads?|led|leaders?|heads?|headed|runs?|ran|chairs?|chaired|chairman|chairwoman|chairperson|"
                + "directors?|chief|boss|ceo|president|managers?|manages|managed|coach(?:es)?|coached|captains?|"
                + "captained|executive|cfo|coo|cto|cio", "lead|leads|led|leader|leaders|leading|leadership|head|heads|"
                + "headed|chair|chairs|chaired|chairman|chairwoman|chairperson|chief|director|directors|run|runs|ran|"
                + "running|boss|ceo|president|manager|manages|managed|managing|coach|coached|captain|captained|"
                + "executive|cfo|coo|cto|cio|in charge"),
        FOUNDED("founded|co-founded|founders?|co-founders?|started|set up", "founded|co-founded|founder|founders|"
                + "co-founder|co-founders|started|set up|established|created"),
        OWNS("owns|owned|owners?", "own|owns|owned|owner|owners|bought|acquired");

        private final Pattern asked;
        private final Pattern named;

        Role(String asked, String named) {
            this.asked = Pattern.compile("(?i)^\\W*who(?:'s|’s|s)?(?:\\s+(?:is|was|are|were|will|now))?\\s+"
                    + "(?:(?:the|a|an)\\s+)?(?:(?!" + NOT_IN_ROLE + ")[\\p{L}\\p{N}'’&.-]+\\s+){0,4}?(?:" + asked + ")\\b");
            this.named = Pattern.compile("(?i)\\b(?:" + named + ")\\b");
        }
    }

    /**
     * Words that end the phrase naming the role: "who from the lead investor…" asks about someone from the investor,
     * not who leads.
     */
    private static final String NOT_IN_ROLE = "(?:from|of|in|at|on|with|for|to|by|did|does|do|has|had|will|would)\\b";

    /**
     * {@code ranked} without the candidates that do not name the role {@code part} asks about, when the best
     * candidate's article has one that does: a role the article never names leaves the question to answerability,
     * rather than to another article that names some other organisation's chief.
     */
    List<Ranked> without(QuestionPart part, List<Ranked> ranked) {
        Optional<Role> role = asked(part.text());
        if (role.isEmpty() || ranked.isEmpty()) {
            return ranked;
        }
        Pattern named = role.get().named;
        List<Ranked> naming = ranked.stream().filter(r -> named.matcher(r.sentence().text()).find()).toList();
        String best = ranked.get(0).sentence().docId();
        return naming.stream().anyMatch(r -> r.sentence().docId().equals(best)) ? naming : ranked;
    }

    /** The role {@code question} asks who holds, if it asks that. */
    static Optional<Role> asked(String question) {
        String q = Chat.plain(question);
        for (Role r : Role.values()) {
            Matcher m = r.asked.matcher(q);
            if (m.find()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
