package byline.answer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole extractive pipeline, with the shipped models, on a small corpus that is not news and was written for
 * this test: a town festival report, an orchard guide without an outlet, a chess club note.
 */
class SmallCorpusEndToEndTest {
    @TempDir
    static Path dir;
    private static ExtractiveAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        write("harbour-festival", "Kelby harbour festival draws record crowd", "Kelby Courier", """
                The Kelby harbour festival returned on Saturday after a two-year break.
                Organisers counted 4,200 visitors through the gates, the most since the festival began.
                The rowing race was won by the Marsh Lane crew, who finished the course in eleven minutes.
                Harbourmaster Ines Okafor opened the festival at ten in the morning.
                A stall selling pies raised 640 euros for the lifeboat station.
                """);
        write("orchard-guide", "Looking after an apple orchard", "", """
                Apple trees are best pruned in late winter, while the branches are bare.
                A young tree needs about 20 litres of water a week during a dry summer.
                The Bramley apple was first grown from a pip in Southwell in 1809.
                Mulch spread around the trunk keeps the soil moist and holds back weeds.
                """);
        write("chess-club", "Riverside chess club at fifty", "Valley Weekly", """
                The Riverside Chess Club meets every Thursday in the old library.
                It has 38 members, the youngest of them nine years old.
                Its captain, Tomasz Wierzba, has led the club since 2019.
                The club has bought new chess clocks for its matches but did not say how much they cost.
                """);
        answerer = WrittenCorpus.answerer(dir);
    }

    private static void write(String id, String title, String outlet, String body) throws IOException {
        WrittenCorpus.write(dir, id, title, outlet, "2025-09-14", body);
    }

    private static Answer ask(String question) {
        return answerer.answer(new Question(question));
    }

    @Test
    void given_a_count_question_when_answered_then_the_sentence_with_the_count_is_shown_and_cited() {
        Answer answer = ask("How many people visited the harbour festival?");

        assertFalse(answer.abstained());
        assertTrue(answer.text().contains("4,200"), answer.text());
        assertEquals("harbour-festival", answer.citations().get(0).doc());
        assertTrue(answer.footer().get(0).contains("Kelby Courier"), answer.footer().toString());
    }

    @Test
    void given_a_question_whose_answer_was_withheld_when_declined_then_why_shows_the_sentence_that_withholds_it() {
        Answer answer = ask("How much did the chess club pay for its new clocks?");

        assertTrue(answer.abstained(), answer.text());
        Evidence first = answer.evidence().get(0);
        assertTrue(first.text().contains("did not say how much"), first.text());
        assertTrue(first.detail().startsWith("declined: the best match"), first.detail());
    }

    @Test
    void given_a_who_question_then_the_answer_names_someone() {
        Answer answer = ask("Which crew won the rowing race?");

        assertFalse(answer.abstained());
        assertTrue(answer.sentences().get(0).text().contains("Marsh Lane"), answer.text());
    }

    @Test
    void given_how_much_of_something_other_than_money_then_the_amount_answers() {
        Answer answer = ask("How much water does a young apple tree need?");

        assertFalse(answer.abstained());
        assertTrue(answer.sentences().get(0).text().contains("20 litres"), answer.text());
        assertTrue(answer.footer().get(0).contains("outlet not named"), answer.footer().toString());
    }

    @Test
    void given_a_when_question_then_the_dated_sentence_answers() {
        Answer answer = ask("In what year was the Bramley apple first grown?");

        assertFalse(answer.abstained());
        assertTrue(answer.sentences().get(0).text().contains("1809"), answer.text());
    }

    @Test
    void given_questions_the_articles_do_not_cover_then_it_says_so() {
        for (String off : List.of("Who won the last football world cup final?", "What is the capital of Peru?",
                "How do I reset my router password?")) {
            Answer answer = ask(off);
            assertTrue(answer.abstained(), off + " -> " + answer.text());
            assertEquals(Answer.NOT_IN_CORPUS, answer.text());
        }
    }

    @Test
    void given_a_question_about_an_article_itself_then_its_front_matter_answers() {
        Answer published = ask("When was the Valley Weekly story about the chess club published?");
        Answer author = ask("Who wrote the article on the chess club?");

        assertEquals("Valley Weekly published “Riverside chess club at fifty” on September 14, 2025. [1]",
                published.text());
        assertEquals("chess-club", published.citations().get(0).doc());
        assertTrue(author.abstained(), author.text());
        assertEquals("“Riverside chess club at fifty” does not say who wrote it.", author.text());
    }

    @Test
    void given_a_question_which_articles_mention_something_then_each_is_shown_with_a_sentence_naming_it() {
        Answer found = ask("Which articles mention Ines Okafor?");
        Answer none = ask("Do any of the articles mention a marathon?");

        assertEquals("Articles that mention Ines Okafor: Harbourmaster Ines Okafor opened the festival at ten in the "
                + "morning. [1]", found.text());
        assertEquals("harbour-festival", found.citations().get(0).doc());
        assertTrue(none.abstained(), none.text());
        assertEquals("None of the articles I have mention a marathon.", none.text());
    }

    @Test
    void every_answer_cites_each_article_once_and_never_repeats_a_sentence() {
        for (String q : List.of("How many members does the chess club have?", "When is the orchard pruned?",
                "Who opened the festival?")) {
            Answer answer = ask(q);
            Set<String> docs = new HashSet<>();
            answer.citations().forEach(c -> assertTrue(docs.add(c.doc()), "cited twice: " + c.doc()));
            Set<String> texts = new HashSet<>();
            answer.sentences().forEach(s -> assertTrue(texts.add(s.text()), "repeated: " + s.text()));
        }
    }
}
