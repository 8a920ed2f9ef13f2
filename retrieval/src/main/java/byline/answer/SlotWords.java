package byline.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Who leads the council?", "who is the club's manager?", "who founded the firm?" ask who holds a role, and the
 * sentence that answers names the role too ("Council leader Jo Bell said…", "its founder, Ana Ruiz"); "where is the
 * firm based?" and "where did she grow up?" are answered by a sentence that says "based in" or "grew up in". A
 * sentence that only names the council or the firm is the likely wrong answer: the ranker weighs the
 * organisation's rare name above the common slot word. So when some candidates name the asked slot, the candidates
 * that do not are dropped, in the same order; when none does, nothing is dropped and answerability judges the
 * question. A placing ("who came second?") is a slot too: the winner's sentence is the likely wrong answer. The
 * slots and their words are general English, all in this file.
 */
final class SlotWords {
    /** A kind of slot, the words a question asks it with, and the words a sentence names it with. */
    enum Slot {
        LEADS("leads?|led|leaders?|heads?|headed|runs?|ran|chairs?|chaired|chairman|chairwoman|chairperson|"
                + "directors?|chief|boss|ceo|president|managers?|manages|managed|coach(?:es)?|coached|captains?|"
                + "captained|executive|cfo|coo|cto|cio", "lead|leads|led|leader|leaders|leading|leadership|head|heads|"
                + "headed|chair|chairs|chaired|chairman|chairwoman|chairperson|chief|director|directors|run|runs|ran|"
                + "running|boss|ceo|president|manager|manages|managed|managing|coach|coached|captain|captained|"
                + "executive|cfo|coo|cto|cio|in charge|command|commands|commanded|commander|commanding"),
        FOUNDED("founded|co-founded|founders?|co-founders?|started|set up", "founded|co-founded|founder|founders|"
                + "co-founder|co-founders|started|set up|established|created"),
        OWNS("owns|owned|owners?", "own|owns|owned|owner|owners|bought|acquired"),
        /** A title held by one person, named by the same word: "who is the health minister?". */
        MINISTER("ministers?", "ministers?"),
        SECRETARY("secretary|secretaries", "secretary|secretaries"),
        EDITOR("editors?", "editors?"),
        MAYOR("mayors?", "mayors?|mayoral"),
        TREASURER("treasurers?", "treasurers?"),
        SPOKESPERSON("spokes(?:man|woman|person)", "spokes(?:man|woman|person)"),
        ECONOMIST("economists?", "economists?"),
        REFEREE("referees?", "referees?"),
        INVESTIGATOR("investigators?", "investigators?"),
        /** Who made a film or a production: "Director Ana Ruiz has…", "directed by Ivo Dane". */
        DIRECTED("directed|directs", "directors?|directed|directs|directing"),
        /** The court's roles, asked "which judge…" as often as "who…": "Judge Ada Lowe said", "Prosecutor Ivo Dane". */
        JUDGE(PLACED, "judges?|sentenced", "judges?|justice|sentencing|sentenced"),
        PROSECUTOR(PLACED, "prosecutors?|prosecuted", "prosecutors?|prosecuting|prosecuted"),
        BASED(WHERE, "based|headquartered|hq|headquarters", "based|headquartered|headquarters|head office|hq"),
        GREW_UP(WHERE, "born|grow up|grew up|raised", "born|grew up|raised|native|childhood"),
        /** A placing in a race or a contest: "who came second?", "which boat finished third?". */
        SECOND(PLACED, FINISHED + "second(?!-)|were runners-up|was runner-up",
                "second(?!-)|2nd|runners?-up|silver|" + PLACE_CELL + "2"),
        THIRD(PLACED, FINISHED + "third(?!-)", "third(?!-)|3rd|bronze|" + PLACE_CELL + "3"),
        FOURTH(PLACED, FINISHED + "fourth(?!-)", "fourth(?!-)|4th|" + PLACE_CELL + "4"),
        FIFTH(PLACED, FINISHED + "fifth(?!-)", "fifth(?!-)|5th|" + PLACE_CELL + "5");

        private final Pattern asked;
        private final Pattern named;

        Slot(String asked, String named) {
            this("who(?:'s|’s|s)?(?:\\s+(?:is|was|are|were|will|now))?", asked, named);
        }

        /** @param wh the question's opening, up to the words that may stand before the slot word */
        Slot(String wh, String asked, String named) {
            this.asked = Pattern.compile("(?i)^\\W*" + wh + "\\s+(?:(?:the|a|an)\\s+)?"
                    + "(?:(?!" + NOT_IN_SLOT + ")[\\p{L}\\p{N}'’&.-]+\\s+){0,4}?(?:" + asked + ")\\b");
            this.named = Pattern.compile("(?i)\\b(?:" + named + ")\\b");
        }

        /** Whether {@code text} names this slot ("its chair", "based in", "grew up in"). */
        boolean namedIn(String text) {
            return named.matcher(text).find();
        }
    }

    /** "Who…", "which boat…", "what team…": the opening of a question about a placing. */
    private static final String PLACED = "(?:who(?:'s|’s|s)?|which|what)";
    /** The verbs a placing is asked with: "came second", "finished in third", "was fourth". */
    private static final String FINISHED = "(?:came|come|comes|finished|finish|finishes|placed|place|was|were|ended|"
            + "crossed the line|took)\\s+(?:in\\s+)?";

    /** A results table's placing column, as its rows read: "Place: 2; Men: …", "Pos: 3; Boat: …". */
    private static final String PLACE_CELL = "(?:place|position|pos|rank|placing)\\.?:?\\s*";

    /** "Where is…", "where's…", "where did…": the opening of a question about a place. */
    private static final String WHERE = "where(?:'s|’s|s)?(?:\\s+(?:is|was|are|were|did|does|do))?";

    /**
     * Words that end the phrase naming the slot: "who from the lead investor…" asks about someone from the investor,
     * not who leads.
     */
    private static final String NOT_IN_SLOT = "(?:from|of|in|at|on|with|for|to|by|did|does|do|has|had|will|would)\\b";

    /**
     * {@code ranked} without the candidates that do not name the slot {@code part} asks about, when the best
     * candidate's article has one that does: a slot the article never names leaves the question to answerability,
     * rather than to another article that names some other organisation's chief.
     */
    List<Ranked> without(QuestionPart part, List<Ranked> ranked) {
        Optional<Slot> slot = asked(part.text());
        if (slot.isEmpty() || ranked.isEmpty()) {
            return ranked;
        }
        List<Ranked> naming = ranked.stream().filter(r -> slot.get().namedIn(r.sentence().text())).toList();
        String best = ranked.get(0).sentence().docId();
        return naming.stream().anyMatch(r -> r.sentence().docId().equals(best)) ? naming : ranked;
    }

    /** The slot {@code question} asks about (a role, a base, where someone grew up), if it asks one. */
    static Optional<Slot> asked(String question) {
        String q = Chat.plain(question);
        return java.util.Arrays.stream(Slot.values()).filter(s -> s.asked.matcher(q).find()).findFirst();
    }
}
