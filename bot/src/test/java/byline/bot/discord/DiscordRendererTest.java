package byline.bot.discord;

import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Citation;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiscordRendererTest {
    private final DiscordRenderer renderer = new DiscordRenderer();

    @Test
    void an_answer_shows_its_markers_then_sources_with_outlet_title_date_and_an_unfurl_free_link() {
        Citation reuters = new Citation(1, "a", "Reuters", "Chip exports slow", "2026-05-27",
                "https://example.com/chips", "");
        Citation memo = new Citation(2, "b", "", "Lab memo leaks", "", "", "");
        Answer answer = new Answer("Two articles report this.", List.of(
                new AnswerSentence("Exports slowed in May.", List.of(1, 2)),
                new AnswerSentence("A memo said so.", List.of(2))), List.of(reuters, memo), false, List.of(), "test");

        List<MessageCreateData> messages = renderer.answer(answer);

        assertEquals(1, messages.size());
        assertEquals("Two articles report this. Exports slowed in May. [1][2] A memo said so. [2]\n\n"
                + "**Sources**\n"
                + "[1] Reuters — \"Chip exports slow\" (2026-05-27) <https://example.com/chips>\n"
                + "[2] \"Lab memo leaks\" (outlet not named)", messages.get(0).getContent());
    }

    @Test
    void given_hostile_article_text_then_links_mentions_and_broadcasts_are_shown_but_inert() {
        Citation hostile = new Citation(1, "a", "[Win](https://evil.example)", "Prize <@&42> inside", "",
                "https://example.com/x>[y](https://evil.example)", "");
        Answer answer = new Answer("", List.of(new AnswerSentence(
                "Claim your [prize](https://evil.example) now, @everyone and @here, ask <@7> in <#9>.", List.of(1))),
                List.of(hostile), false, List.of(), "test");

        String content = renderer.answer(answer).get(0).getContent();

        assertTrue(content.startsWith("Claim your \\[prize\\](https://evil.example) now, @\u2060everyone and "
                + "@\u2060here, ask \\<@7\\> in \\<#9\\>. [1]"), content);
        assertFalse(content.contains("[prize]("), "no masked link survives");
        assertFalse(content.contains("[Win]("), "nor in the sources");
        assertFalse(content.contains(" <@&42>"), "nor a role mention");
        assertTrue(content.contains("<https://example.com/x%3E%5By%5D%28https://evil.example%29>"), content);
    }

    @Test
    void an_abstention_says_so_plainly_without_a_sources_block() {
        List<MessageCreateData> messages = renderer.answer(Answer.abstain(List.of(), "test"));

        assertEquals(List.of(Answer.NOT_IN_CORPUS), messages.stream().map(MessageCreateData::getContent).toList());
    }

    @Test
    void every_message_pings_nobody_and_shows_no_link_preview() {
        Answer answer = Answers.cited("Staff were told @everyone and @here and <@&42> and <@7> would hear.");

        for (MessageCreateData message : List.of(renderer.answer(answer).get(0), renderer.notice("x"),
                renderer.sources(RunningBot.CORPUS.articles()).get(0))) {
            assertTrue(message.getAllowedMentions().isEmpty(), "parse nothing");
            assertTrue(message.getMentionedUsers().isEmpty() && message.getMentionedRoles().isEmpty());
            assertFalse(message.isMentionRepliedUser(), "no reply ping");
            assertTrue(message.isSuppressEmbeds(), "no link previews");
        }
    }

    @Test
    void many_sources_are_split_between_lines_within_the_limit() {
        List<Citation> citations = IntStream.rangeClosed(1, 60).mapToObj(n -> new Citation(n, "d" + n,
                "Outlet " + n, "A rather long headline about chip exports, number " + n, "2026-05-27",
                "https://example.com/very/long/path/to/article/" + n, "")).toList();
        List<AnswerSentence> sentences = IntStream.rangeClosed(1, 60)
                .mapToObj(n -> new AnswerSentence("Fact " + n + ".", List.of(n))).toList();

        List<String> contents = renderer.answer(new Answer("", sentences, citations, false, List.of(), "test"))
                .stream().map(MessageCreateData::getContent).toList();

        assertTrue(contents.size() > 1, "over 2,000 characters of sources");
        contents.forEach(c -> assertTrue(c.length() <= 2000, "length " + c.length()));
        for (Citation c : citations) {
            String line = "[" + c.number() + "] " + c.label() + " <" + c.url() + ">";
            assertEquals(1, contents.stream().filter(m -> m.lines().anyMatch(line::equals)).count(), line);
        }
    }

    @Test
    void sources_lists_each_article_once_naming_its_outlet_or_saying_none_is_named() {
        String listing = renderer.sources(RunningBot.CORPUS.articles()).get(0).getContent();

        assertEquals("**I answer from 2 articles**\n"
                + "• Reuters — \"Chip exports slow\" (2026-05-27) <https://example.com/chips>\n"
                + "• \"Lab memo leaks\" (outlet not named)", listing);
    }
}
