package byline.bot.discord;

import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Citation;
import byline.corpus.Article;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns answers, source listings and notices into Discord messages: the answer with its {@code [n]} markers,
 * then a sources block naming outlet, title and date, split on sentence and line boundaries to fit Discord's
 * 2,000-character limit. Every message pings nobody (empty allowed mentions, no reply ping) and shows no link
 * previews (SUPPRESS_EMBEDS, and links wrapped in {@code <...>} in case a client ignores the flag).
 */
final class DiscordRenderer {

    static final String APOLOGY = "Sorry, something went wrong while I was answering. Please try again in a moment.";
    static final String SLOW_DOWN = "You're asking faster than I can read. Give me a minute, then ask again.";
    static final String BUSY = "I'm answering a lot of questions right now. Please ask again in a minute.";
    static final String USAGE = "Ask me a question after the mention, e.g. `@Byline what did Reuters report?`, "
            + "or use `/ask`.";
    static final String HELP = "I answer questions about the news articles I have, and cite the outlet of every "
            + "answer. Mention me with a question (`@Byline who runs the lab?`), send me a DM, or use `/ask`. "
            + "Reply to one of my answers to follow up. `/sources` (or saying `sources`) lists the articles. "
            + "You can also ask about the articles themselves: who wrote one, when it came out, what it is about, "
            + "which ones mention someone.";

    private final MessageSplitter splitter = new MessageSplitter(Message.MAX_CONTENT_LENGTH);

    /** The answer as one or more messages, sources last. */
    List<MessageCreateData> answer(Answer answer) {
        List<MessageSplitter.Piece> pieces = new ArrayList<>();
        if (!answer.lead().isEmpty()) {
            pieces.add(new MessageSplitter.Piece(" ", ArticleText.escape(answer.lead())));
        }
        for (AnswerSentence sentence : answer.sentences()) {
            pieces.add(new MessageSplitter.Piece(" ", marked(sentence)));
        }
        if (!answer.citations().isEmpty()) {
            pieces.add(new MessageSplitter.Piece("\n\n", "**Sources**"));
            answer.citations().forEach(c -> pieces.add(new MessageSplitter.Piece("\n", sourceLine(c))));
        }
        return messages(pieces);
    }

    /** The corpus, one line per article, for {@code /sources}. */
    List<MessageCreateData> sources(List<Article> articles) {
        List<MessageSplitter.Piece> pieces = new ArrayList<>();
        pieces.add(new MessageSplitter.Piece("", "**I answer from " + articles.size() + " articles**"));
        for (Article a : articles) {
            Citation asCited = new Citation(1, a.id(), a.outlet(), a.title(), a.published(), a.url(), "");
            pieces.add(new MessageSplitter.Piece("\n", "• " + ArticleText.escape(asCited.label())
                    + ArticleText.link(a.url())));
        }
        return messages(pieces);
    }

    /** A short notice (apology, rate limit, usage) in one message. */
    MessageCreateData notice(String text) {
        return message(text);
    }

    /** The sentence escaped as article text, then Byline's own {@code [n]} markers. */
    private static String marked(AnswerSentence sentence) {
        StringBuilder sb = new StringBuilder(ArticleText.escape(sentence.text()));
        for (int i = 0; i < sentence.refs().size(); i++) {
            sb.append(i == 0 ? " [" : "[").append(sentence.refs().get(i)).append(']');
        }
        return sb.toString();
    }

    private static String sourceLine(Citation c) {
        return "[" + c.number() + "] " + ArticleText.escape(c.label()) + ArticleText.link(c.url());
    }

    private List<MessageCreateData> messages(List<MessageSplitter.Piece> pieces) {
        return splitter.split(pieces).stream().map(DiscordRenderer::message).toList();
    }

    private static MessageCreateData message(String content) {
        return new MessageCreateBuilder()
                .setContent(content)
                .setAllowedMentions(List.of())
                .mentionRepliedUser(false)
                .setSuppressEmbeds(true)
                .build();
    }
}
