package byline.bot.terminal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A conversation through the REPL front end, on a small corpus written for this test: follow-ups stay on what
 * was just answered, and "that" means what the answer said.
 */
class ReplFollowUpTest {
    @TempDir
    Path corpus;

    private void write(String id, String title, String outlet, String body) throws IOException {
        Files.writeString(corpus.resolve(id + ".md"), "---\ntitle: \"" + title + "\"\noutlet: \"" + outlet
                + "\"\npublished: \"2025-05-10\"\n---\n" + body);
    }

    @Test
    void given_a_conversation_when_follow_ups_refer_back_then_they_are_answered_about_what_was_just_said()
            throws IOException {
        write("orchestra-appointment", "Kelby Orchestra names Maria Lopez conductor", "Kelby Courier", """
                Maria Lopez is the new principal conductor of the Kelby Orchestra, reporting to its artistic \
                director Sam Okafor.
                Lopez joined the orchestra as principal conductor on 9 May, ahead of the summer season.
                Lopez will lead twelve concerts in her first year, starting with a harbour gala.
                """);
        write("conductor-profile", "A conductor who started in the pit", "Valley Weekly", """
                Maria Lopez grew up in Porto and studied violin before turning to conducting.
                Lopez joined the Porto Youth Orchestra in 2006 as its youngest member.
                She joined the Lisbon Opera in 2012 as an assistant conductor and stayed eight years.
                """);
        write("mill-sale", "Globex buys the Kelby flour mill", "Harbour Post", """
                Globex agreed to buy the Kelby flour mill for 2 million euros.
                The deal to buy the mill was announced on 4 March at a meeting in the town hall.
                """);
        write("bakery-news", "Corner Bakery gets a new oven", "Valley Weekly", """
                Ana Ruiz opened the Corner Bakery on Quay Street in 2019.
                A wood-fired oven for the bakery was announced on 12 June.
                """);
        String session = String.join("\n", "Who does Maria Lopez report to?", "when did she join?",
                "What did Globex agree to?", "when was that announced?") + "\n";

        Runs run = Runs.main(session, "repl", "--corpus", corpus.toString());

        assertEquals(0, run.exit(), run.err());
        String[] turns = run.out().split(Pattern.quote(Repl.PROMPT));
        assertEquals(5, turns.length, run.out());
        assertTrue(turns[1].contains("Sam Okafor"), turns[1]);
        assertTrue(turns[2].contains("9 May") && turns[2].contains("Kelby Courier"), turns[2]);
        assertFalse(turns[2].contains("reporting to its artistic"), "said again: " + turns[2]);
        assertTrue(turns[3].contains("2 million"), turns[3]);
        assertTrue(turns[4].contains("4 March") && !turns[4].contains("12 June"), turns[4]);
    }
}
