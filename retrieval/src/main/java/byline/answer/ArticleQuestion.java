package byline.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a question asks about an article itself rather than what it reports, and what: who wrote it, when it was
 * published, which outlet ran it, where it was filed from, what it is about. A question asks about the article only
 * when it names one ("the piece", "the Harbor Post story", "that article" after an answer), so "who wrote the
 * letter?" and "when was the study published?" stay questions about the text. General English, in one place.
 */
final class ArticleQuestion {
    /** What a question can ask about an article. */
    enum Asked { AUTHOR, PUBLISHED, OUTLET, DATELINE, SUMMARY }

    /**
     * Words for an article. "Report", "study" and a bare "post" are left out: news reports on reports, studies and
     * social-media posts, and "who wrote the post?" is then a question about the text.
     */
    private static final String ARTICLE = "(?:article|piece|story|column|op-?ed|write-?up|feature|editorial|"
            + "blog(?: post)?|analysis|coverage|explainer|profile)s?";
    private static final Pattern NAMES_ARTICLE = Pattern.compile("(?i)\\b" + ARTICLE + "\\b");
    /** "that", "this", "it": the article just cited, in a follow-up. */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(?:it|this|that|this one|that one)\\b");
    private static final Pattern AUTHOR = Pattern.compile("(?i)^\\W*(?:who|whose|what(?:'s|s|\\s+is|\\s+was)\\s+the)\\b"
            + ".*\\b(?:wrote|written|authored|penned|author|writer|byline)\\b");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)^\\W*(?:when|what\\s+(?:date|day))\\b.*\\b(?:"
            + "published|posted|written|run|ran|come\\s+out|came\\s+out|go\\s+up|went\\s+up|appear|appeared)\\b");
    private static final Pattern OUTLET = Pattern.compile("(?i)\\b(?:which|what)\\s+(?:news\\s+)?(?:outlet|"
            + "publication|site|website|paper|newspaper|magazine|media outlet)\\s+(?:published|ran|carried|"
            + "put\\s+out|posted|wrote)\\b|^\\W*who\\s+(?:published|ran|carried|put\\s+out)\\b"
            + "|^\\W*where\\s+was\\b.*\\bpublished\\b");
    /** "Which city was the story filed from?", "where is the piece datelined?": the place its dateline gives. */
    private static final Pattern DATELINE = Pattern.compile("(?i)\\bdatelined?\\b|^\\W*(?:where|(?:which|what)\\s+"
            + "(?:city|town|place|country))\\b.*\\b(?:filed|reported|written|sent)\\s+from\\b");
    /** Words that ask for a summary. */
    private static final String SUMMARISE = "summari[sz]e|sum up|summary|tl;?dr|gist|recap|overview|main points?|"
            + "key points?|takeaways?|in a nutshell";
    /** "Summarise the piece", "what's the article about?", "tl;dr of the story". */
    private static final Pattern SUMMARY = Pattern.compile("(?i)\\b(?:" + SUMMARISE + ")\\b"
            + "|^\\W*what(?:'s|s|\\s+is|\\s+was)\\s+(?:the|that|this|it)\\b.*\\babout\\W*$");
    /** The summary request and the polite words around it, which say nothing about which article. */
    private static final Pattern SUMMARY_WORDS = Pattern.compile("(?i)\\b(?:" + SUMMARISE
            + "|about|give|me|can|you|please|quick|short|brief)\\b");
    /** The words of a question for an article's author, date or outlet, which say nothing about which article. */
    private static final Pattern REQUEST_WORDS = Pattern.compile("(?i)\\b(?:who|whose|when|which|where|did|does|"
            + "wrote|written|writes|authored|penned|author|writer|byline|published|posted|run|ran|come|came|go|"
            + "went|up|out|appear|appeared|date|day|news|outlet|publication|site|website|paper|newspaper|magazine|"
            + "media|carried|put|name|please|can|you|tell|me|filed|from|dateline|datelined|city|town|place|country|"
            + "reported|sent)\\b");
    /** A question led by how, why, who, when or where asks its own thing even when it says "sum up". */
    private static final Pattern ASKS_ITS_OWN_THING = Pattern.compile("(?i)^\\W*(?:how|why|who|when|where|which)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "on", "in", "for", "to", "this",
            "that", "it", "its", "what", "what's", "whats", "is", "was", "s", "and", "from", "by", "with");
    /** At most this many words may describe which article is meant ("the ferry fares piece"). */
    private static final int DESCRIBING_WORDS = 3;

    private ArticleQuestion() {
    }

    /** What {@code analysis} asks about an article, if it asks about one at all. */
    static Optional<Asked> asked(QuestionAnalysis analysis) {
        String q = analysis.text();
        boolean aboutArticle = NAMES_ARTICLE.matcher(q).find()
                || analysis.followUp() && POINTS_BACK.matcher(q).find()
                || !analysis.named().isEmpty();
        if (!aboutArticle) {
            return Optional.empty();
        }
        if (AUTHOR.matcher(q).find()) {
            return Optional.of(Asked.AUTHOR);
        }
        if (PUBLISHED.matcher(q).find()) {
            return Optional.of(Asked.PUBLISHED);
        }
        if (OUTLET.matcher(q).find()) {
            return Optional.of(Asked.OUTLET);
        }
        if (DATELINE.matcher(q).find()) {
            return Optional.of(Asked.DATELINE);
        }
        return SUMMARY.matcher(q).find() && !ASKS_ITS_OWN_THING.matcher(q).find()
                && describedWords(q) <= DESCRIBING_WORDS ? Optional.of(Asked.SUMMARY) : Optional.empty();
    }

    /**
     * How many words the question has besides the summary request and the words for an article: "summarise the
     * ferry fares piece" has two, which say which article; "how does the piece sum up the deal's risks for
     * smaller labs?" asks what the article says about a topic, not for its summary.
     */
    private static long describedWords(String question) {
        String rest = SUMMARY_WORDS.matcher(NAMES_ARTICLE.matcher(question).replaceAll(" ")).replaceAll(" ");
        return WORD.matcher(rest).results().map(m -> m.group().toLowerCase(Locale.ROOT))
                .filter(w -> !FUNCTION_WORDS.contains(w)).count();
    }

    /**
     * Whether the question says nothing of which article it means: no outlet or date it names, no article a
     * follow-up continues, and no word besides the request itself ("who wrote the article?").
     */
    static boolean meansNoArticleInParticular(QuestionAnalysis analysis) {
        String withoutRequest = REQUEST_WORDS.matcher(analysis.text()).replaceAll(" ");
        return analysis.named().isEmpty() && analysis.topic().isEmpty() && describedWords(withoutRequest) == 0;
    }
}
