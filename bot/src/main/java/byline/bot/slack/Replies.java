package byline.bot.slack;

import byline.answer.Citation;
import byline.bot.chat.ChatReplies;
import byline.bot.chat.Intent;
import byline.corpus.Article;

import java.util.List;
import java.util.function.Supplier;

/** The fixed things Byline says on Slack besides answers: help, the sources listing, apologies. */
final class Replies {

    static final String APOLOGY = "Sorry, something went wrong while I was answering that. Please try again in a moment.";
    static final String BUSY = "Sorry, I'm answering too many questions right now. Please ask again in a minute.";
    static final String EXPIRED = "That answer is no longer available to post. Ask again with `/byline your question`.";
    static final String EMPTY_QUESTION = "What would you like to know? Ask me a question about the news articles I have.";

    static final String HELP = String.join("\n",
            "*Byline* answers questions from a collection of news articles and always cites the outlet.",
            "• `@Byline who leads the new unit?` in a channel: I answer in the thread.",
            "• Send me a direct message: I answer there.",
            "• Reply in a thread where I answered (\"and who does he report to?\"): I take the earlier question as context.",
            "• `/byline your question`: only you see the answer, with a button to post it to the channel.",
            "• `/byline sources`: the articles I answer from.",
            "• Ask about the articles themselves too: who wrote one, when it came out, what it is about, "
                    + "which ones mention someone.",
            "• `/byline help`: this message. Saying `help` or `sources` to me works too.");

    private Replies() {
    }

    /** What Byline says to small talk, a command word or a question in another language. */
    static String to(Intent intent, Supplier<List<Article>> articles) {
        return switch (intent) {
            case HELP -> HELP;
            case SOURCES -> sources(articles.get());
            default -> ChatReplies.to(intent)
                    .orElseThrow(() -> new IllegalArgumentException("not small talk: " + intent));
        };
    }

    /** One line per article: outlet (or "outlet not named"), linked title and date. */
    static String sources(List<Article> articles) {
        if (articles.isEmpty()) {
            return "I have no articles loaded, so I cannot answer anything yet.";
        }
        StringBuilder sb = new StringBuilder("*" + articles.size() + (articles.size() == 1 ? " article" : " articles")
                + "* I answer from:");
        for (Article a : articles) {
            sb.append("\n• ").append(sourceLine(a));
        }
        return sb.toString();
    }

    private static String sourceLine(Article a) {
        String title = Mrkdwn.link(a.url(), Mrkdwn.escape("\"" + a.title() + "\""));
        String date = a.published().isEmpty() ? "" : " (" + a.published() + ")";
        return a.outletNamed()
                ? "*" + Mrkdwn.escape(a.outlet()) + "* — " + title + date
                : title + " (" + Citation.OUTLET_NOT_NAMED + ")" + date;
    }
}
