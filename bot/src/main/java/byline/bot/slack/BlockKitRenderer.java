package byline.bot.slack;

import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Citation;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * Renders a platform-neutral {@link Answer} as Slack Block Kit: the answer with its {@code [n]} markers, then
 * context blocks naming each cited outlet, title and date (linked when the article has a URL). It only lays
 * the answer out; it never reorders, drops or rewrites a sentence or a citation.
 */
final class BlockKitRenderer {

    /** Slack's limit on blocks per message. */
    static final int MAX_BLOCKS = 50;
    /** Slack's limit on characters in one text object. */
    static final int MAX_TEXT = 3000;
    /** Slack's limit on elements in one context block. */
    static final int MAX_CONTEXT_ELEMENTS = 10;
    /** Action id of the "Post to channel" button, handled by {@link ShareButtonHandler}. */
    static final String SHARE_ACTION = "byline_post_to_channel";
    /* Leaves room for the share button and the "asked by" line that a slash-command answer may gain. */
    private static final int ANSWER_BLOCKS = MAX_BLOCKS - 2;

    private record Part(LayoutBlock block, String fallback) {
    }

    /** The answer as one message, or several when it exceeds Slack's per-message block limit. */
    List<SlackMessage> answer(Answer answer) {
        List<Part> parts = new ArrayList<>();
        for (String chunk : Mrkdwn.pack(answerPieces(answer), " ", MAX_TEXT)) {
            parts.add(new Part(section(s -> s.text(markdownText(chunk))), chunk));
        }
        parts.addAll(sourceParts(answer.citations()));
        return group(parts);
    }

    private static List<String> answerPieces(Answer answer) {
        Stream<String> lead = answer.lead().isEmpty() ? Stream.empty() : Stream.of(answer.lead());
        Stream<String> sentences = answer.sentences().stream().map(AnswerSentence::marked);
        return Stream.concat(lead, sentences).map(Mrkdwn::escape).toList();
    }

    private static List<Part> sourceParts(List<Citation> citations) {
        List<Part> parts = new ArrayList<>();
        for (int from = 0; from < citations.size(); from += MAX_CONTEXT_ELEMENTS) {
            List<Citation> group = citations.subList(from, Math.min(citations.size(), from + MAX_CONTEXT_ELEMENTS));
            List<ContextBlockElement> elements = group.stream()
                    .<ContextBlockElement>map(c -> markdownText(citationLine(c))).toList();
            String fallback = String.join("\n", group.stream()
                    .map(c -> Mrkdwn.escape("[" + c.number() + "] " + c.label())).toList());
            parts.add(new Part(context(elements), fallback));
        }
        return parts;
    }

    /** {@code [1] Reuters — "Title" (2026-05-27)} with the quoted title linked to the article when it has a URL. */
    static String citationLine(Citation c) {
        String quoted = Mrkdwn.escape("\"" + c.title() + "\"");
        String line = Mrkdwn.escape("[" + c.number() + "] " + c.label());
        String linked = line.replaceFirst(Pattern.quote(quoted), Matcher.quoteReplacement(Mrkdwn.link(c.url(), quoted)));
        // A title of thousands of characters must not make Slack reject the whole answer.
        return linked.length() <= MAX_TEXT ? linked : line.substring(0, MAX_TEXT - 1) + "…";
    }

    private static List<SlackMessage> group(List<Part> parts) {
        List<SlackMessage> messages = new ArrayList<>();
        for (int from = 0; from < parts.size(); from += ANSWER_BLOCKS) {
            List<Part> slice = parts.subList(from, Math.min(parts.size(), from + ANSWER_BLOCKS));
            String text = String.join("\n", slice.stream().map(Part::fallback).toList());
            messages.add(new SlackMessage(text, slice.stream().map(Part::block).toList()));
        }
        return messages;
    }

    /** Adds the "Post to channel" button whose value names the stored answer. */
    SlackMessage withShareButton(SlackMessage message, String answerKey) {
        List<LayoutBlock> blocks = new ArrayList<>(message.blocks());
        blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(SHARE_ACTION)
                .text(plainText("Post to channel")).value(answerKey).style("primary"))))));
        return new SlackMessage(message.text(), blocks);
    }

    /** Prefixes who asked what, so an answer posted publicly from a slash command keeps its question. */
    SlackMessage withAsker(SlackMessage message, String userId, String question) {
        String line = "<@" + userId + "> asked: " + Mrkdwn.escape(question);
        String capped = line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 1) + "…";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(List.of(markdownText(capped))));
        blocks.addAll(message.blocks());
        return new SlackMessage(message.text(), blocks);
    }

    /** A message of plain sentences (help, apologies, notices), split to Slack's limits. */
    SlackMessage notice(String mrkdwn) {
        List<String> chunks = Mrkdwn.pack(List.of(mrkdwn.split("\n")), "\n", MAX_TEXT);
        List<LayoutBlock> blocks = chunks.stream().limit(MAX_BLOCKS)
                .<LayoutBlock>map(chunk -> section(s -> s.text(markdownText(chunk)))).toList();
        String fallback = mrkdwn.length() <= MAX_TEXT ? mrkdwn : mrkdwn.substring(0, MAX_TEXT - 1) + "…";
        return new SlackMessage(fallback, blocks);
    }
}
