package byline;

import byline.answer.Question;
import byline.corpus.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Asks questions made from the articles' own titles and opening lines before real users do, so the JIT has
 * compiled the answering path and the first answers are as fast as the rest. Never part of an answer.
 */
public final class Warmup {
    private static final int QUESTIONS = 20;

    private Warmup() {
    }

    /** Warms up now (batch mode: every answer in the batch is then timed warm). */
    public static void run(Library library) {
        for (String q : questions(library.corpus().articles())) {
            library.offline().answer(new Question(q)); // never the LLM: no paid calls
        }
    }

    /** Warms up on a background thread while the user types or the bot connects. */
    public static void inBackground(Library library) {
        CompletableFuture.runAsync(() -> run(library));
    }

    static List<String> questions(List<Article> articles) {
        List<String> out = new ArrayList<>();
        for (int line = -1; out.size() < QUESTIONS && line < 8; line++) {
            for (Article a : articles) {
                List<String> lines = a.body().lines().filter(l -> l.split("\\s+").length > 4).toList();
                String text = line < 0 ? a.title() : line < lines.size() ? lines.get(line) : "";
                if (!text.isBlank() && out.size() < QUESTIONS) {
                    out.add("What does it say about " + text.substring(0, Math.min(120, text.length())) + "?");
                }
            }
        }
        return out;
    }
}
