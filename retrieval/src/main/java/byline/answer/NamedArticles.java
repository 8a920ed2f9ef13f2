package byline.answer;

import byline.corpus.Article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A question that names someone or something is answered from an article that mentions them. Asked who runs one
 * company, a sentence naming another company's chief executive reads almost the same to the ranker and is a
 * confident wrong answer. So the candidates whose article mentions fewer of the question's names than the best
 * covered article are dropped, in the same order. A name no candidate's article mentions (a title such as "CEO", a
 * misspelling, something the articles never cover) drops nothing: answerability judges that question.
 */
final class NamedArticles {
    /** Capitalised words that date or title something rather than name it. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|"
            + "july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday|q[1-4]|i)");

    private final Map<String, Article> articles;

    NamedArticles(Map<String, Article> articles) {
        this.articles = articles;
    }

    /** {@code ranked} without the candidates of articles that miss a name the best covered article mentions. */
    List<Ranked> without(QuestionPart part, List<Ranked> ranked) {
        List<Pattern> names = AnswerType.namesAndNumbers(part.text()).stream()
                .filter(n -> !Character.isDigit(n.charAt(0)) && !NOT_A_NAME.matcher(n).matches())
                .map(n -> Pattern.compile("\\b" + Pattern.quote(n))).toList();
        if (names.isEmpty()) {
            return ranked;
        }
        Map<String, Integer> mentioned = new HashMap<>();
        for (Ranked r : ranked) {
            mentioned.computeIfAbsent(r.sentence().docId(), id -> mentions(id, names));
        }
        int most = mentioned.values().stream().max(Integer::compare).orElse(0);
        return ranked.stream().filter(r -> mentioned.get(r.sentence().docId()) == most).toList();
    }

    private int mentions(String docId, List<Pattern> names) {
        Article a = articles.get(docId);
        if (a == null) {
            return 0;
        }
        // the outlet names who publishes it: a club's report need not repeat the club's name
        String text = (a.outlet() + "\n" + a.title() + "\n" + a.body()).toLowerCase(Locale.ROOT);
        return (int) names.stream().filter(n -> n.matcher(text).find()).count();
    }
}
