package byline.bot.slack;

import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Citation;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockKitRendererTest {
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    @Test
    void renders_answer_then_context_with_outlet_linked_title_and_date() {
        Answer answer = answer("Two articles report this.", List.of(sentence("Jane Doe leads the unit.", 1, 2)),
                List.of(FakeAnswerers.REUTERS,
                        new Citation(2, "harbour", "", "Harbour & docks", "", "", "AP")));

        SlackMessage message = single(renderer.answer(answer));

        assertEquals("Two articles report this. Jane Doe leads the unit. [1][2]", sectionText(message.blocks().get(0)));
        List<String> sources = contextTexts(message.blocks().get(1));
        assertEquals("[1] Reuters — <https://example.com/acme-robotics|\"Acme names head of robotics\"> (2026-05-27)",
                sources.get(0));
        // the label's wording is the core's (Citation.label); the renderer only escapes it and links the title
        Citation harbour = answer.citations().get(1);
        assertEquals(Mrkdwn.escape("[2] " + harbour.label()), sources.get(1));
        assertTrue(sources.get(1).contains("AP") && sources.get(1).contains("Harbour &amp; docks"), sources.get(1));
        assertTrue(message.text().contains("[1] Reuters — \"Acme names head of robotics\" (2026-05-27)"));
    }

    @Test
    void sentences_are_never_reordered() {
        List<AnswerSentence> sentences = List.of(sentence("First.", 1), sentence("Second.", 1));

        String text = sectionText(single(renderer.answer(answer("", sentences, List.of(FakeAnswerers.REUTERS))))
                .blocks().get(0));

        assertEquals("First. [1] Second. [1]", text);
    }

    @Test
    void abstained_answer_says_so_without_sources() {
        SlackMessage message = single(renderer.answer(Answer.abstain(List.of(), "test")));

        assertEquals(1, message.blocks().size());
        assertEquals(Answer.NOT_IN_CORPUS, sectionText(message.blocks().get(0)));
    }

    @Test
    void long_answer_is_split_into_text_blocks_of_at_most_3000_characters_without_losing_a_sentence() {
        List<AnswerSentence> sentences = IntStream.range(0, 60)
                .mapToObj(i -> sentence("Sentence " + i + " " + "word ".repeat(30 + i % 7).strip() + ".", 1))
                .toList();

        List<SlackMessage> messages = renderer.answer(answer("", sentences, List.of(FakeAnswerers.REUTERS)));

        List<String> texts = sectionTexts(messages);
        assertTrue(texts.size() > 1, "split into several sections");
        texts.forEach(t -> assertTrue(t.length() <= BlockKitRenderer.MAX_TEXT, "section of " + t.length()));
        String joined = String.join(" ", texts);
        sentences.forEach(s -> assertTrue(joined.contains(s.marked()), "kept: " + s.text()));
    }

    @Test
    void answer_beyond_50_blocks_is_split_into_several_messages_each_within_the_limit() {
        List<AnswerSentence> sentences = IntStream.range(0, 60)
                .mapToObj(i -> sentence(i + " " + "x".repeat(2990) + ".", 1)).toList();
        List<Citation> citations = new ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            citations.add(new Citation(n, "doc" + n, "Outlet " + n, "Title " + n, "", "", ""));
        }
        List<AnswerSentence> allCited = new ArrayList<>(sentences);
        allCited.add(sentence("Everything else agrees.", IntStream.rangeClosed(1, 25).toArray()));

        List<SlackMessage> messages = renderer.answer(answer("", allCited, citations));

        assertTrue(messages.size() > 1);
        messages.forEach(m -> assertTrue(m.blocks().size() <= BlockKitRenderer.MAX_BLOCKS - 2));
        String allSources = messages.stream().flatMap(m -> m.blocks().stream())
                .filter(b -> b instanceof ContextBlock).flatMap(b -> contextTexts(b).stream())
                .collect(Collectors.joining("\n"));
        assertTrue(allSources.contains("[1] Outlet 1") && allSources.contains("[25] Outlet 25"), allSources);
        messages.forEach(m -> m.blocks().stream().filter(b -> b instanceof ContextBlock)
                .forEach(b -> assertTrue(contextTexts(b).size() <= BlockKitRenderer.MAX_CONTEXT_ELEMENTS)));
    }

    @Test
    void escapes_slack_control_characters_in_article_text() {
        Answer answer = answer("", List.of(sentence("Profits rose <10% at AT&T>.", 1)), List.of(FakeAnswerers.REUTERS));

        String text = sectionText(single(renderer.answer(answer)).blocks().get(0));

        assertEquals("Profits rose &lt;10% at AT&amp;T&gt;. [1]", text);
    }

    @Test
    void given_article_text_with_broadcasts_then_none_can_notify_anyone() {
        Answer answer = answer("", List.of(sentence("Tell @everyone, @Here and @channel: <!everyone> <!here|here>.",
                1)), List.of(FakeAnswerers.REUTERS));

        SlackMessage message = single(renderer.answer(answer));
        String text = sectionText(message.blocks().get(0));

        assertEquals("Tell @\u2060everyone, @\u2060Here and @\u2060channel: &lt;!everyone&gt; &lt;!here|here&gt;. [1]",
                text);
        assertFalse(message.text().matches("(?s).*@(everyone|here|channel).*"), message.text());
    }

    @Test
    void share_button_and_asker_are_added_around_the_answer() {
        SlackMessage answer = single(renderer.answer(answer("", List.of(sentence("A fact.", 1)),
                List.of(FakeAnswerers.REUTERS))));

        SlackMessage shared = renderer.withAsker(renderer.withShareButton(answer, "key-1"), "U1", "what <now>?");

        assertEquals(answer.blocks().size() + 2, shared.blocks().size());
        assertEquals(List.of("<@U1> asked: what &lt;now&gt;?"), contextTexts(shared.blocks().get(0)));
        assertEquals("actions", shared.blocks().get(shared.blocks().size() - 1).getType());
    }

    @Test
    void cut_never_halves_an_escaped_character() {
        List<String> chunks = Mrkdwn.pack(List.of("a".repeat(2998) + "&amp;rest"), " ", BlockKitRenderer.MAX_TEXT);

        assertEquals("a".repeat(2998), chunks.get(0));
        assertEquals("&amp;rest", chunks.get(1));
    }

    @Test
    void link_is_only_made_for_web_urls() {
        assertEquals("title", Mrkdwn.link("javascript:alert(1)", "title"));
        assertEquals("<https://x.test/a%7Cb|title>", Mrkdwn.link("https://x.test/a|b", "title"));
    }

    private static Answer answer(String lead, List<AnswerSentence> sentences, List<Citation> citations) {
        return new Answer(lead, sentences, citations, false, List.of(), "test");
    }

    private static AnswerSentence sentence(String text, int... refs) {
        return new AnswerSentence(text, IntStream.of(refs).boxed().toList());
    }

    private static SlackMessage single(List<SlackMessage> messages) {
        assertEquals(1, messages.size());
        return messages.get(0);
    }

    private static String sectionText(LayoutBlock block) {
        return ((SectionBlock) block).getText().getText();
    }

    private static List<String> sectionTexts(List<SlackMessage> messages) {
        return messages.stream().flatMap(m -> m.blocks().stream()).filter(b -> b instanceof SectionBlock)
                .map(BlockKitRendererTest::sectionText).toList();
    }

    private static List<String> contextTexts(LayoutBlock block) {
        return ((ContextBlock) block).getElements().stream().map(e -> ((MarkdownTextObject) e).getText()).toList();
    }
}
