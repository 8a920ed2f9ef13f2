package byline.bot.terminal;

import byline.Library;
import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Answerer;
import byline.answer.Citation;
import byline.answer.Question;
import byline.corpus.Article;
import byline.corpus.Corpus;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import byline.bot.chat.ChatReplies;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplTest {

    @Test
    void a_session_answers_lists_sources_explains_and_survives_bad_input() {
        String session = String.join("\n",
                ":help",
                ":why",
                ":sources",
                "How much will Anthropic pay xAI for compute?",
                ":why",
                ":nonsense",
                "Who won the 2022 World Cup final?",
                ":quit",
                "this line is never read") + "\n";

        Runs run = Runs.main(session, "repl");

        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("answers from 5 articles"), out);
        assertTrue(out.contains(":sources   list the articles"), out);
        assertTrue(out.contains("Ask a question first."), out);
        assertTrue(out.contains("business20-claude-on-claude") && out.contains("BUSINESS 2.0"), out);
        assertTrue(out.contains("(outlet not named)"), out);
        assertTrue(out.contains("$1.25 billion per month") && out.contains("[1] TechCrunch, via"), out);
        assertTrue(out.contains("Passages behind the last answer"), out);
        assertTrue(out.contains("Unknown command :nonsense"), out);
        assertTrue(out.contains("I couldn't find that in the articles I have."), out);
        assertTrue(!out.contains("this line is never read"), out);
    }

    @Test
    void follow_ups_use_the_previous_question_and_end_of_input_quits() {
        Runs run = Runs.main("Which team did Karpathy join?\nand who leads it?\n", "repl");

        assertEquals(0, run.exit(), run.err());
        String[] turns = run.out().split(java.util.regex.Pattern.quote(Repl.PROMPT));
        assertEquals(3, turns.length, run.out());
        assertTrue(turns[2].contains("Nick Joseph"), turns[2]);
    }

    @Test
    void no_arguments_starts_the_repl() {
        Runs run = Runs.main(":quit\n");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Type :help for commands."), run.out());
    }

    @Test
    void given_small_talk_and_command_words_without_a_colon_when_typed_then_the_repl_answers_them_itself() {
        String session = String.join("\n", "hi", "thanks!", "help", "sources",
                "¿Quién dirige el equipo de Anthropic?",
                "Wer leitet das Team bei Anthropic?", "exit", "this line is never read") + "\n";

        Runs run = Runs.main(session, "repl");

        assertEquals(0, run.exit(), run.err());
        String[] turns = run.out().split(java.util.regex.Pattern.quote(Repl.PROMPT));
        assertEquals(7, turns.length, run.out()); // nothing follows the last prompt: exit quit
        assertTrue(turns[1].contains(ChatReplies.GREETING), turns[1]);
        assertTrue(turns[2].contains(ChatReplies.THANKS), turns[2]);
        assertTrue(turns[3].contains(":sources   list the articles"), turns[3]);
        assertTrue(turns[4].contains("business20-claude-on-claude"), turns[4]);
        assertTrue(turns[5].contains(ChatReplies.ENGLISH_ONLY), turns[5]);
        assertTrue(turns[6].contains(ChatReplies.ENGLISH_ONLY), turns[6]);
        assertFalse(run.out().contains(Answer.NOT_IN_CORPUS), run.out());
    }

    @Test
    void given_a_follow_up_with_a_pronoun_when_asked_then_it_is_answered_about_the_person_asked_about_before() {
        Runs run = Runs.main("Who is Andrej Karpathy reporting to now?\nwhen did he start?\n", "repl");

        assertEquals(0, run.exit(), run.err());
        String[] turns = run.out().split(java.util.regex.Pattern.quote(Repl.PROMPT));
        assertTrue(turns[2].contains("May 19") || turns[2].contains("19 May"), turns[2]);
    }

    @Test
    void given_an_answered_question_when_a_follow_up_is_asked_then_the_core_gets_the_earlier_turn_and_its_sources()
            throws Exception {
        List<Question> asked = new ArrayList<>();
        Citation cited = new Citation(1, "mill", "Town Crier", "Mill sold", "2026-01-02", "", "");
        Answerer answerer = question -> {
            asked.add(question);
            return new Answer("", List.of(new AnswerSentence("Tom Berry bought the mill.", List.of(1))),
                    List.of(cited), false, List.of(), "fake");
        };
        Library library = new Library(new Corpus(List.of(new Article("mill", "Mill sold", "Town Crier",
                "2026-01-02", "", "", "Tom Berry bought the mill.")), List.of()), answerer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream("Who bought the mill?\nwhen did he buy it?\n".getBytes(UTF_8)), out, UTF_8)) {
            new Repl(library, terminal, false).loop();
        }

        assertEquals(2, asked.size(), out.toString(UTF_8));
        assertEquals("Who bought the mill?", asked.get(1).earlier());
        assertEquals(List.of("Tom Berry bought the mill."), asked.get(1).earlierAnswer());
        assertEquals(List.of("mill"), asked.get(1).earlierSources());
    }
}
