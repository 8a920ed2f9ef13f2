package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, read from its wh-phrase, and whether a sentence can hold one. This
 * is general English: "who" wants a name the question does not already hold, "when" a date, "how many" a
 * count, "how much" (or "what was its profit?") an amount of anything, "what is it called?" a name or a quoted
 * term. The word lists of these patterns are this stage's knowledge, all in this file. The check is one feature
 * of the learned ranker and answerability model, not a veto: the weights learned from labelled questions decide
 * how much it counts.
 */
enum AnswerType {
    OUTLET("\\b(?:which|what) (?:news )?(?:outlets?|publications?|newspapers?|magazines?|news ?sites?|media)\\b"
            + "|\\bwho (?:first |originally )?reported\\b"
            // "paper" alone may be a study; a paper that reported, broke or printed something is a newspaper
            + "|\\b(?:which|what) papers? (?:first |originally )?(?:said|says|reported|reports|broke|put|ran|printed|"
            + "quoted|liked|called|described|revealed|wrote|carried|published)\\b"),
    /** "What's the helpline number?", "which number should I ring?": a number to call, not a count or a sum. */
    PHONE("\\b(?:phone|telephone|mobile|helpline|hotline|fax|contact) "
            + "(?:numbers?\\b|nos?\\b\\.?(?=\\W*$| (?:for|of|to)\\b))"
            + "|\\bnumbers? (?:(?!of\\b)[\\w'’]+ ){0,3}(?:call|ring|phone|dial|text)\\b"),
    AGE("\\bhow old\\b|\\bwhat age\\b|\\bat what age\\b|\\b(?:minimum|maximum|youngest|oldest) age\\b|\\bage limit\\b"),
    DATE("^(?:when|since when|until when)\\b"
            + "|\\b(?:what|which) (?:years?|dates?|months?|day|decades?|century|centuries|time)\\b"
            + "|\\bhow soon\\b|\\bwhen (?:did|was|were|is|will|does|do|had|has)\\b"
            + "|" + Words.KEYWORD_QUERY + "(?:date|deadline)\\b"
            // a keyword query that ends in "time" asks a clock time or a date ("check in time"); "time" inside one is
            // as often "part time" or "first time"
            + "|" + Words.KEYWORD_QUERY + "times?\\W*$"),
    DURATION("\\bhow long\\b"),
    /** "How often do the trams run?": every 20 minutes, twice a week, daily. */
    FREQUENCY("\\bhow (?:often|frequently)\\b"),
    COUNT("\\bhow many\\b"),
    AMOUNT("\\bhow (?:much|large|big|far|high|tall|fast|deep|wide|heavy)\\b|\\bwhat (?:is|was|were|are) the (?:size|cost|price|value)\\b"
            + "|\\bwhat (?:figure|number|amount|price|percentage|percent|share|sum|proportion|rate|cost)\\b"
            // "what was the company's operating profit": a what-question whose thing asked is a measure; a verb
            // between them ("what caused the price rise") asks for something else
            + "|^what(?:'s|’s|s)?(?: (?:is|was|were|are|will|would))?(?: (?!" + Words.NOT_A_MODIFIER + ")[\\w'’.-]+){0,3} "
            + Words.MEASURES
            // "what does a ride cost?", "what will subscribers pay after the increase?": the verb asks the sum
            + "|^what (?:does|do|did|will|would)(?: [\\w'’.-]+){1,6} (?:cost|charge|pay|earn)(?:\\W*$| (?:at|for|per|in|"
            + "after|before|to|a|an|each|now|on|under|once|over|annually|yearly|monthly)\\b)"
            + "|" + Words.KEYWORD_QUERY + "(?:price|prices|cost|costs|fee|fees|charge|charges|fare|fares)\\b"
            // "what is the painting worth?", "what was the start-up valued at?": the thing's worth is a sum; "worth
            // seeing", "worth it" and "worth the wait" ask nothing of the kind
            + "|^what(?:'s|’s|s)?\\b.{1,80}?\\b(?:(?:valued|priced) at\\b|worth(?:\\W*$| (?:now|today|after|before|"
            + "in|at|per|to|according|following)\\b))"),
    NAME("\\bwhat(?:'s|’s|s)?(?: (?:is|was|were|are))? (?:the |its |their |his |her )?"
            + "(?:official |full |new |exact |brand |working |code )?names?\\b"
            + "|\\bwhat (?:is|was|are|were) (?:[\\w'’-]+ ){1,4}called\\b"),
    PERSON("^(?:who|whom|whose)\\b|\\b(?:who|whom|whose) (?:is|was|were|are|did|does|do|has|had|will|would)\\b"
            // singular or plural: "which firms bid?" wants names as "which firm bid?" does
            + "|\\b(?:which|what) (?:" + Words.MODIFIERS + "(?:person|people|company|companies|firm|organi[sz]ation|"
            + "group|team|man|men|woman|women|"
            + "king|president|leader|ruler|author|founder|scientist|engineer|executive|"
            // the people, bodies and named things (a boat, a brand) news names: asked "which judge…", the answer is
            // a name the question lacks
            + "analyst|economist|judge|lawyer|minister|official|officer|spokes(?:man|woman|person)|councillor|"
            + "director|manager|coach|player|investor|contractor|supplier|partner|rival|buyer|bidder|lender|bank|"
            + "insurer|retailer|airline|carrier|operator|developer|publisher|studio|broadcaster|charity|union|club|"
            + "school|university|hospital|council|court|regulator|authority|agency|body|department|ministry|"
            + "member|councilmember|barrister|solicitor|prosecutor|detective|doctor|surgeon|nurse|teacher|"
            + "candidate|mayor|captain|striker|goalkeeper|driver|rider|runner|athlete|artist|architect|writer|"
            + "novelist|actor|actress|singer|musician|pilot|researcher|professor|chef|owner|landlord|agent|broker|"
            + "manufacturer|maker|vendor|brand|chain|provider|lab|fund|trust|boat|ship|vessel|horse)s?|"
            + Words.MODIFIERS
            + "(?:universit|authorit|agenc|bod|ministr|compan|charit)ies)\\b"),
    PLACE("^where\\b|\\bwhere (?:is|was|were|are|did|does|do|has|had|will)\\b"
            + "|\\b(?:which|what) (?:" + Words.MODIFIERS + "(?:countr|citi)(?:y|ies)|" + Words.MODIFIERS
            + "(?:town|region|state|place|continent|location|province|area)s?)\\b"),
    ANY(null);

    private static final Pattern YEAR_OR_DATE = Pattern.compile(
            "\\b(?:1[0-9]|20)\\d{2}s?\\b|\\b\\d{1,2}(?:st|nd|rd|th) century\\b|\\b(?:jan(?:uary)?|feb(?:ruary)?|march|"
                    + "april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b"
                    // "may" is a month only as "May 4" or "4 May": otherwise it is the verb
                    + "|(?-i:\\bMay\\s+\\d|\\b\\d{1,2}\\s+May\\b)"
                    // and after a word that dates: "in May", "since May", "by late May"
                    + "|(?-i:\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Ll]ast|[Nn]ext|"
                    + "[Ee]arly|[Ll]ate|[Dd]uring|mid-)\\s+May\\b)"
                    // days of the week date an event; "today" or "tomorrow" rarely does in news prose
                    + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b"
                    // a time still to come told relative to now: "next month", "within four weeks", "in the coming
                    // weeks", "at the end of the month", "later this year"; not "this week" or "last year", which
                    // news writes of nearly everything it reports
                    + "|\\b(?:next|later this|early next|late next) (?:week|month|year|spring|"
                    + "summer|autumn|fall|winter|season|weekend)\\b"
                    + "|\\bwithin (?:the next )?(?:[\\w-]+ (?:or [\\w-]+ )?)?(?:days?|weeks?|months?|years?)\\b"
                    + "|\\bin the (?:coming|next few) (?:days|weeks|months|years)\\b"
                    + "|\\b(?:at|by|before) the end of (?:the|this|next) (?:week|month|year)\\b"
                    + "|\\bq[1-4]\\b|\\b(?:first|second|third|fourth) quarter\\b|\\b\\d{3,4} (?:bc|ad|bce|ce)\\b"
                    // a clock time answers "what time…?" and often "when…?": "by 6:30am", "at 19:45", "at noon"
                    + "|" + ClockTimes.FORMS,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_UNIT = Pattern.compile("\\b(?:\\d+(?:[.,]\\d+)?|" + Quantities.NUMBER_WORDS
            + "|a|an)[- ](?:years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|seconds?|"
            + "quarters?)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "Since 2019", "since last March", "until June 2030", "until the end of June": how long something has gone on
     * or will, told by when it began or ends.
     */
    private static final Pattern SINCE_OR_UNTIL = Pattern.compile("(?i)\\b(?:since|until|till) (?:the end of )?"
            + "(?:(?:early|late|mid-?|last|next) ?)?"
            + "(?:(?:1[0-9]|20)\\d{2}\\b|\\d{1,2} (?-i:[A-Z])|(?-i:January|February|March|April|May|June|July|August|"
            + "September|October|November|December)\\b)");
    /**
     * "How many times…?": the one count that "twice" or "three times" answers. Asked how many people or things, a
     * frequency ("swam twice a week") is no count of them.
     */
    private static final Pattern ASKS_HOW_MANY_TIMES = Pattern.compile("(?i)\\bhow many times\\b");
    /** A quoted term: how news writes a name that is not capitalised ("a project called “deep sweep”"). */
    private static final Pattern QUOTED = Pattern.compile("[“\"‘][^”\"’]{2,60}[”\"’]");
    /**
     * Days and months are capitalised in English but name no one and nowhere: "protesters gathered on Wednesday"
     * does not say which group protested.
     */
    private static final Pattern CALENDAR = Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|"
            + "February|March|April|May|June|July|August|September|October|November|December");
    /** A table row's column label: what starts a cell, up to its colon (rows are flattened "Label: value; …"). */
    private static final Pattern TABLE_LABEL = Pattern.compile("(?:^|;\\s*)([^:;]{1,40}):");
    /** A capitalised word: the shape of names of people, organisations and places in English text. */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}'’])\\p{Lu}[\\p{L}\\p{M}'’.&-]*");

    private final Pattern question;

    AnswerType(String question) {
        this.question = question == null ? null : Pattern.compile(question, Pattern.CASE_INSENSITIVE);
    }

    /** The kind of answer {@code question} asks for; {@link #ANY} when its wording does not say. */
    static AnswerType of(String question) {
        String q = Chat.plain(question).toLowerCase(Locale.ROOT);
        for (AnswerType t : values()) {
            if (t != ANY && t.question.matcher(q).find()) {
                return t;
            }
        }
        return ANY;
    }

    /** Whether {@code s} can hold this kind of answer to {@code question}: a value the question lacks. */
    boolean fits(Sentence s, String question) {
        String text = s.text();
        return switch (this) {
            case ANY -> true;
            case OUTLET -> s.creditsAnotherOutlet();
            case PHONE -> !PhoneNumbers.spans(text).isEmpty();
            case DATE -> YEAR_OR_DATE.matcher(text).find();
            case AGE -> Ages.statedIn(text) || Quantities.newIn(question, text);
            case DURATION -> DURATION_UNIT.matcher(text).find() || Quantities.newIn(question, text)
                    || SINCE_OR_UNTIL.matcher(text).find();
            case FREQUENCY -> Frequencies.statedIn(text);
            // a count is a number of things, not a sum of money: "paid out £1.9 billion" does not say how many
            case COUNT -> Quantities.spans(question, text).stream().anyMatch(v -> !Money.isSum(text, v)
                    && (ASKS_HOW_MANY_TIMES.matcher(question).find() || !Quantities.isFrequency(text, v)));
            case AMOUNT -> Lengths.asked(question) ? Lengths.statedIn(text) : Quantities.newIn(question, text);
            case PERSON, PLACE -> hasNewName(question, withoutLabels(s));
            case NAME -> hasNewName(question, withoutLabels(s)) || QUOTED.matcher(text).find();
        };
    }

    /**
     * Where {@code s} states a value of this kind that {@code question} lacks, as {start, end} offsets into its text:
     * the quantities, dates or new names a reader would take as the answer. Empty for {@link #ANY} and
     * {@link #OUTLET}, whose answers have no one shape.
     */
    List<int[]> valueSpans(Sentence s, String question) {
        String text = s.text();
        return switch (this) {
            case ANY, OUTLET -> List.of();
            case AGE, DURATION, COUNT, AMOUNT -> Quantities.spans(question, text);
            case DATE -> spans(YEAR_OR_DATE.matcher(text));
            case PHONE -> PhoneNumbers.spans(text);
            case FREQUENCY -> Frequencies.spans(text);
            case PERSON, PLACE, NAME -> newNameSpans(question, withoutLabels(s));
        };
    }

    /**
     * The text of {@code s} with a table row's column labels blanked ("Quarter: 1st; Running score: 9–10"): a label
     * is capitalised because it starts a cell, not because it names anyone. Offsets stay those of the text.
     */
    static String withoutLabels(Sentence s) {
        if (s.kind() != Sentence.Kind.TABLE_ROW) {
            return s.text();
        }
        Matcher m = TABLE_LABEL.matcher(s.text());
        StringBuilder out = new StringBuilder(s.text());
        while (m.find()) {
            for (int i = m.start(1); i < m.end(1); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static List<int[]> spans(Matcher m) {
        List<int[]> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static List<int[]> newNameSpans(String question, String text) {
        String asked = question.toLowerCase(Locale.ROOT);
        List<int[]> out = new java.util.ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            // "the Guild's head" names the question's Guild, not someone new
            String word = m.group().replaceAll("['’.&-]+$|['’]s$", "");
            if (word.length() >= 2 && !asked.contains(word.toLowerCase(Locale.ROOT))
                    && !isCalendarWord(word)
                    && (m.start() > firstWordEnd(text) || secondWordCapitalised(text, m.end()))) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** Whether {@code word}, as capitalised, is a day or a month: capitalised in English, yet naming no one. */
    static boolean isCalendarWord(String word) {
        return CALENDAR.matcher(word).matches();
    }

    /**
     * A capitalised word the question lacks. The sentence's first word is capitalised by position, so it counts
     * only when the next word is capitalised too ("Marie Curie said", not "The team said").
     */
    static boolean hasNewName(String question, String text) {
        return !newNameSpans(question, text).isEmpty();
    }

    private static int firstWordEnd(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean secondWordCapitalised(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /**
     * The names (capitalised words after the first word) and numbers of a question, lower-cased: the words that pin
     * down which fact it is about.
     */
    static List<String> namesAndNumbers(String question) {
        List<String> out = new java.util.ArrayList<>();
        int first = firstWordEnd(question);
        Matcher m = CAPITALISED.matcher(question);
        while (m.find()) {
            String word = m.group().replaceAll("['’.&-]+$|['’]s$", "");
            if (m.start() > first && word.length() > 1) {
                out.add(word.toLowerCase(Locale.ROOT));
            }
        }
        Matcher n = Pattern.compile("\\d+(?:[.,]\\d+)*").matcher(question);
        while (n.find()) {
            out.add(n.group());
        }
        return out;
    }

    /** Word lists of the question patterns, in a holder because an enum's constants are built before its fields. */
    private static final class Words {
        /** Nouns that name a measure: a what-question about one wants an amount. */
        static final String MEASURES = "(?:revenues?|profits?|loss(?:es)?|salar(?:y|ies)|prices?|valuation|fees?|budget|"
                + "costs?|sales|income|earnings|turnover|fine|wages?|pay|rent|debt|deficit|surplus|attendance|"
                + "population|temperature|speed|distance|height|weight|capacity|score|total|"
                // sums paid whose "what" asks how much ("what deposit is taken?"); not "charge", "prize", "bill" or
                // "grant", which as often ask which one ("what charge did he face?")
                + "deposits?|fares?|premiums?|compensation|bonus(?:es)?|"
                // a rate or an amount is a figure whatever it measures ("what interest rate…", "the maximum amount")
                + "rates?|amount)\\b";
        /**
         * What may stand between "which" and the noun it asks about: a number or "other", then one more word ("which
         * two committee members", "which other firms", "which leasing company"), never a verb: "what did councillors
         * decide?" asks a decision, not a name, and "which paper said managers…" asks a paper.
         */
        static final String MODIFIERS = "(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|other|both) )?"
                + "(?:(?!(?:is|are|was|were|did|does|do|will|would|can|could|should|has|have|had|may|might|must)\\b)"
                + "[\\w'’-]+ )?";
        /** Words that cannot stand between "what" and the measure it asks about: verbs and wh-words. */
        static final String NOT_A_MODIFIER = "(?:did|does|do|caused?|causes|made|makes|led|leads|drove|drives|"
                + "happened|happens|say|says|said|think|thinks|explains?|means?|was|were|is|are|who|when|where|why|how|"
                + "reasons?|effects?|impact|role|kind|type|sort|name)\\b";
        /**
         * A query typed as keywords ("peggy ellerby funeral date", "adult ticket price sat"), with no wh-word and no
         * verb to open a yes/no question, up to the noun that says what it wants.
         */
        static final String KEYWORD_QUERY = "^(?!.*\\b(?:what|who|whom|whose|when|where|which|why|how)\\b)"
                + "(?!(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|shall|may|any|anyone|"
                + "i|we|you)\\b)(?:.*\\s)?";
    }
}
