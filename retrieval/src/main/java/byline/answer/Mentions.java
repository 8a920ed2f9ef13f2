package byline.answer;

import byline.corpus.Article;
import byline.corpus.Sentence;
import byline.retrieval.Passage;
import byline.retrieval.Retriever;
import byline.retrieval.SentenceIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers "which articles mention X?": one sentence of each article that names X, cited, instead of the one best
 * sentence the other stages choose. X alone is searched for, more widely than a question is, and each article is
 * shown with the best sentence found that holds every word of X, so the list says where X appears, not only that
 * it does.
 */
final class Mentions {
    /** "Which articles mention …", "do any of the stories cover …", "is … mentioned in any article". */
    private static final Pattern ASKED = Pattern.compile("(?i)^\\W*(?:(?:which|what)\\s+(?:articles?|pieces?|"
            + "stories|story)|(?:do|does)\\s+any\\s+(?:of\\s+the\\s+)?(?:articles?|pieces?|stories))\\s+(?:mention|"
            + "mentions|cover|covers|discuss|discusses|talk\\s+about|report\\s+on|name|names|quote|quotes|cite|cites)"
            + "\\s+(?<topic>.+?)\\W*$"
            + "|^\\W*(?:is|are|was|were)\\s+(?<mentioned>.+?)\\s+(?:mentioned|named|quoted|cited)\\s+(?:in|by)\\s+any"
            + "\\s+(?:of\\s+the\\s+)?(?:articles?|pieces?|stories)\\W*$");
    /** How many articles the list shows: a chat answer, not a search results page. */
    private static final int MOST = 5;
    /** How many passages are searched for X: enough to reach past the few articles that mention it most. */
    private static final int SEARCHED = 40;

    private final Retriever retriever;
    private final Map<String, Article> articles;
    private final SentenceIndex sentences;

    Mentions(Retriever retriever, Map<String, Article> articles, SentenceIndex sentences) {
        this.retriever = retriever;
        this.articles = articles;
        this.sentences = sentences;
    }

    /** What the question asks to find mentioned, if it asks which articles mention something. */
    static Optional<String> topic(String question) {
        Matcher m = ASKED.matcher(question.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String topic = m.group("topic") != null ? m.group("topic") : m.group("mentioned");
        return Optional.of(topic.strip());
    }

    /** The answer when {@code analysis} asks which articles mention something. */
    Optional<Answer> answer(QuestionAnalysis analysis, String answerer) {
        Optional<String> topic = topic(analysis.text());
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        Set<String> terms = sentences.lexicon().terms(topic.get());
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Sentence> first = new LinkedHashMap<>();
        for (Passage p : retriever.retrieve(topic.get(), SEARCHED)) {
            for (Sentence s : p.chunk().sentences()) {
                if (first.size() < MOST && !first.containsKey(s.docId())
                        && sentences.sentenceTerms(s).containsAll(terms)) {
                    first.put(s.docId(), s);
                }
            }
        }
        return Optional.of(first.isEmpty()
                ? new Answer("None of the articles I have mention " + topic.get() + ".", List.of(), List.of(), true,
                        List.of(), answerer)
                : listed(topic.get(), first, answerer));
    }

    private Answer listed(String topic, Map<String, Sentence> first, String answerer) {
        CitationBuilder citations = new CitationBuilder(articles);
        List<AnswerSentence> shown = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Sentence s : first.values()) {
            shown.add(new AnswerSentence(s.text(), List.of(citations.cite(s))));
            evidence.add(new Evidence(s.docId(), s.text(), 0, "mentions: holds every word of \"" + topic + "\""));
        }
        // no count: retrieval reads the best passages, not every article, so "three articles" could undercount
        String lead = "Articles that mention " + topic + ":";
        return new Answer(lead, shown, citations.citations(), false, evidence, answerer);
    }
}
