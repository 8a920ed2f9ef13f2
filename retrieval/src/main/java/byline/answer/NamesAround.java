package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import byline.retrieval.SentenceIndex;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure answers "how many homes in Kessing lost power?" only about Kessing: the near miss gives the storm's total
 * ("6,400 homes were without electricity") or another town's, and "when did Ostley open its library?" gets another
 * town's date. So a count, amount, age, length of time or date the model would give is declined
 * when one of the names the question gives is nowhere around the best sentence: not in it, its neighbours or heading,
 * nor in its article's title, outlet or author, which a sentence need not repeat. A name is there when one of its
 * words is ("Quarrystone" for "Quarrystone Interactive"); the outlet a question cites ("according to the Gazette")
 * is {@link NamedArticles}' concern, and days, months and acronyms ("VPs", "MMR") are not names a sentence must
 * repeat. Only figures and dates are checked: a who- or what-question's answer is itself a name, and the learned
 * model weighs missing names for those.
 */
final class NamesAround implements Answerability {
    static final String NAME_ABSENT = "a name the question gives is not around the figure or date that would answer";

    /** The kinds of answer checked: a figure or a date, which says nothing of whom or where it is about. */
    private static final Set<AnswerType> FIGURES = EnumSet.of(AnswerType.COUNT, AnswerType.AMOUNT, AnswerType.AGE,
            AnswerType.DURATION, AnswerType.DATE);
    /** A run of capitalised words, with "of" or "&" inside ("Bank of Orrin", "Pike & Daye"). */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}\\d-]*(?:['’]s)?"
            + "(?:\\s+(?:of\\s+|&\\s+)?\\p{Lu}[\\p{L}\\d-]*(?:['’]s)?)*");
    /** What comes before an outlet the question cites as its source. */
    private static final Pattern SOURCE_BEFORE = Pattern.compile("(?i)\\b(?:according to|per|told|reported by|"
            + "says?|said)\\s+(?:the\\s+)?$");
    /** What stands before a sentence's first word: the start, or an end of sentence and quotes or brackets. */
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.?!>])[\\s\"“'‘(\\[]*$");
    /** Capitalised words that name no one besides days and months ({@link AnswerType#isCalendarWord}). */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)q[1-4]|i|of|&");

    private final Answerability model;
    private final SentenceIndex sentences;
    private final Map<String, Article> articles;

    NamesAround(Answerability model, SentenceIndex sentences, Map<String, Article> articles) {
        this.model = model;
        this.sentences = sentences;
        this.articles = articles;
    }

    @Override
    public Verdict judge(QuestionPart part, List<Ranked> ranked) {
        Verdict verdict = model.judge(part, ranked);
        if (!verdict.answers() || !FIGURES.contains(part.type())) {
            return verdict;
        }
        String around = around(ranked.get(0).candidate().sentence());
        boolean absent = names(part.text()).stream().anyMatch(name -> name.stream().noneMatch(around::contains));
        return absent ? verdict.decline(NAME_ABSENT) : verdict;
    }

    /** The question's names, each as its lower-case words; a sentence's first word is capitalised by position. */
    static List<List<String>> names(String question) {
        List<List<String>> out = new ArrayList<>();
        Matcher m = NAME.matcher(question);
        while (m.find()) {
            String before = question.substring(0, m.start());
            if (!SOURCE_BEFORE.matcher(before).find()) {
                boolean first = SENTENCE_START.matcher(before).find();
                String name = first ? m.group().replaceFirst("^\\S+\\s*", "") : m.group();
                List<String> words = words(name);
                if (!words.isEmpty()) {
                    out.add(words);
                }
            }
        }
        return out;
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.replaceAll("['’]s\\b", "").split("[\\s-]+")) {
            boolean acronym = w.chars().filter(Character::isUpperCase).count() >= 2;
            boolean named = !w.isEmpty() && !acronym && !NOT_A_NAME.matcher(w).matches()
                    && !AnswerType.isCalendarWord(capitalised(w));
            if (named) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** {@link Features#bylineAndAround}, and the article's author, who may be the one the question names. */
    private String around(Sentence s) {
        Article a = articles.get(s.docId());
        String author = a == null ? "" : a.author().toLowerCase(Locale.ROOT);
        return Features.bylineAndAround(sentences, a, s) + " " + author;
    }
}
