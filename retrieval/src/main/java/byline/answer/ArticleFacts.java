package byline.answer;

import byline.answer.ArticleQuestion.Asked;
import byline.corpus.Article;
import byline.corpus.Sentence;
import byline.retrieval.Lexicon;
import byline.retrieval.Passage;
import byline.retrieval.SentenceIndex;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers questions about an article itself rather than what it reports ({@link ArticleQuestion}): who wrote it,
 * when it was published, which outlet ran it, where it was filed from, and what it is about. The first three live in
 * the article's front matter and the fourth in its dateline, never in its sentences, so the sentence stages cannot
 * find them; what it is about is its opening, which the sentence stages would not pick for a question that shares no
 * words with it.
 */
final class ArticleFacts {
    /** What an abstention says the article leaves out. */
    private static final Map<Asked, String> MISSING = Map.of(Asked.AUTHOR, "who wrote it",
            Asked.PUBLISHED, "when it was published", Asked.OUTLET, "which outlet published it",
            Asked.DATELINE, "where it was filed from (it has no dateline)", Asked.SUMMARY, "what it reports");
    /** How many sentences of its opening a summary shows: a news article's first paragraph is its own summary. */
    private static final int LEDE_SENTENCES = 2;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    /** How many articles a "which article?" reply names. */
    private static final int LISTED = 5;

    private final Map<String, Article> articles;
    private final SentenceIndex sentences;
    private final Lexicon lexicon;

    ArticleFacts(Map<String, Article> articles, SentenceIndex sentences) {
        this.articles = articles;
        this.sentences = sentences;
        this.lexicon = sentences.lexicon();
    }

    /**
     * The answer when {@code analysis} asks about an article: its author, date or outlet, cited; abstained with the
     * reason when the article does not say (no byline).
     */
    Optional<Answer> answer(QuestionAnalysis analysis, List<Passage> passages, String answerer) {
        Optional<Asked> asked = ArticleQuestion.asked(analysis);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        if (articles.size() > 1 && ArticleQuestion.meansNoArticleInParticular(analysis)) {
            return Optional.of(whichOne(answerer));
        }
        return article(analysis, passages).map(a -> otherOutlet(analysis, passages, a)
                .map(outlet -> notHere(asked.get(), outlet, answerer))
                .orElseGet(() -> asked.get() == Asked.SUMMARY ? summary(a, passages, answerer)
                        : answer(asked.get(), a, answerer)));
    }

    /**
     * "Who wrote the article?" with many articles and nothing to tell which: asks back, naming the latest few,
     * rather than answering about whichever article retrieval happened to rank first.
     */
    private Answer whichOne(String answerer) {
        List<String> latest = articles.values().stream()
                .sorted(java.util.Comparator.comparing(Article::published).reversed().thenComparing(Article::id))
                .limit(LISTED).map(ArticleFacts::headline).toList();
        String lead = "Which article do you mean? I have " + articles.size()
                + (articles.size() > LISTED ? "; the latest: " : ": ") + String.join("; ", latest)
                + ". Ask again with its outlet, its date or words of its headline.";
        return new Answer(lead, List.of(), List.of(), true, List.of(), answerer);
    }

    /** “Title” (Outlet), or the title alone when the article names no outlet. */
    private static String headline(Article a) {
        return quoted(a.title()) + (a.outletNamed() ? " (" + a.outlet() + ")" : "");
    }

    private static String quoted(String title) {
        return "\u201c" + title + "\u201d";
    }

    /** The one citation of an answer about a single article: the article itself, crediting nobody else. */
    private static Citation citation(Article a) {
        return new Citation(1, a.id(), a.outlet(), a.title(), a.published(), a.url(), "");
    }

    /** The article's opening sentences, which in news say what it reports, cited. */
    private Answer summary(Article a, List<Passage> passages, String answerer) {
        Optional<Sentence> any = passages.stream().flatMap(p -> p.chunk().sentences().stream())
                .filter(s -> s.docId().equals(a.id())).findFirst();
        if (any.isEmpty()) {
            return Answer.abstain(List.of(), answerer);
        }
        Sentence first = any.get();
        for (Optional<Sentence> p = sentences.previous(first); p.isPresent(); p = sentences.previous(first)) {
            first = p.get();
        }
        List<AnswerSentence> lede = new ArrayList<>();
        for (Optional<Sentence> s = Optional.of(first); s.isPresent() && lede.size() < LEDE_SENTENCES;
             s = sentences.next(s.get())) {
            if (s.get().kind() == Sentence.Kind.PROSE) {
                lede.add(new AnswerSentence(s.get().text(), List.of(1)));
            }
        }
        if (lede.isEmpty()) {
            return Answer.abstain(List.of(), answerer);
        }
        String title = headline(a) + ":";
        Evidence evidence = new Evidence(a.id(), a.title(), 0, "article facts: summary (its opening sentences)");
        return new Answer(title, lede, List.of(citation(a)), false, List.of(evidence), answerer);
    }

    /**
     * An outlet the question names that the article only credits ("the Ledger story" where the article says "the
     * Ledger reported"): the question is about that outlet's story, which is not among the articles.
     */
    private static Optional<String> otherOutlet(QuestionAnalysis analysis, List<Passage> passages, Article a) {
        String q = analysis.text().toLowerCase(Locale.ROOT);
        return passages.stream().flatMap(p -> p.chunk().sentences().stream()).map(s -> s.credited())
                .filter(o -> !o.isEmpty() && !o.equalsIgnoreCase(a.outlet()) && q.contains(o.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    private static Answer notHere(Asked asked, String outlet, String answerer) {
        String lead = "The articles only cite " + outlet + "; its own story is not among them, so they do not say "
                + MISSING.get(asked) + ".";
        return new Answer(lead, List.of(), List.of(), true, List.of(), answerer);
    }

    /**
     * Which article is meant: the one the question names, else the one a follow-up continues, else the one of the
     * retrieved articles whose title shares the most of the question's words, else the one retrieval ranks first.
     */
    private Optional<Article> article(QuestionAnalysis analysis, List<Passage> passages) {
        if (analysis.named().size() == 1) {
            return Optional.ofNullable(articles.get(analysis.named().iterator().next()));
        }
        if (analysis.named().isEmpty() && analysis.topic().size() == 1) {
            return Optional.ofNullable(articles.get(analysis.topic().iterator().next()));
        }
        Set<String> asked = lexicon.terms(analysis.text());
        Set<String> retrieved = new LinkedHashSet<>();
        passages.forEach(p -> retrieved.add(p.chunk().docId()));
        Optional<Article> byTitle = bestTitle(asked, analysis.named().isEmpty() ? retrieved : analysis.named());
        if (byTitle.isPresent()) {
            return byTitle;
        }
        return passages.stream().map(p -> articles.get(p.chunk().docId()))
                .filter(a -> a != null && (analysis.named().isEmpty() || analysis.named().contains(a.id())))
                .findFirst();
    }

    /** The article whose title holds the most question words, when at least two and no other title holds as many. */
    private Optional<Article> bestTitle(Set<String> asked, Set<String> among) {
        Article best = null;
        long most = 1;
        boolean tie = false;
        for (String id : among) {
            Article a = articles.get(id);
            long shared = a == null ? 0 : lexicon.terms(a.title()).stream().filter(asked::contains).count();
            if (shared > most) {
                best = a;
                most = shared;
                tie = false;
            } else if (shared == most && best != null) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static Answer answer(Asked asked, Article a, String answerer) {
        String title = quoted(a.title());
        String outlet = a.outletNamed() ? a.outlet() : "";
        String date = date(a.published());
        Evidence evidence = new Evidence(a.id(), title, 0, "article facts: " + asked.name().toLowerCase(Locale.ROOT));
        String text = switch (asked) {
            case AUTHOR -> a.author().isEmpty() ? "" : a.author() + " wrote " + title
                    + (outlet.isEmpty() ? "" : " for " + outlet) + (date.isEmpty() ? "" : ", published " + date) + ".";
            case PUBLISHED -> date.isEmpty() ? "" : (outlet.isEmpty() ? title + " was published" : outlet
                    + " published " + title) + " on " + date + ".";
            case OUTLET -> outlet.isEmpty() ? "" : title + " was published by " + outlet
                    + (date.isEmpty() ? "" : " on " + date) + ".";
            case DATELINE -> a.dateline().isEmpty() ? "" : title + " was filed from " + a.dateline()
                    + (outlet.isEmpty() ? "" : " for " + outlet) + (date.isEmpty() ? "" : ", published " + date) + ".";
            case SUMMARY -> throw new IllegalArgumentException("a summary is made of the article's sentences");
        };
        if (text.isEmpty()) {
            return new Answer(title + " does not say " + MISSING.get(asked) + ".", List.of(), List.of(), true,
                    List.of(evidence), answerer);
        }
        return new Answer("", List.of(new AnswerSentence(text, List.of(1))), List.of(citation(a)), false,
                List.of(evidence), answerer);
    }

    private static String date(String published) {
        try {
            return published.isEmpty() ? "" : LocalDate.parse(published).format(DATE);
        } catch (DateTimeParseException e) {
            return published; // a date the front matter wrote its own way is shown as written
        }
    }
}
