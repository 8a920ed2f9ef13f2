package byline.answer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Follow-ups through the whole extractive pipeline, with the shipped models, on a small corpus written for this
 * test: a conductor's new post and her earlier career, a mill sale, a bakery's news, a harbour's new chief pilot.
 * Each test asks a question, then a follow-up with the earlier turn as the front ends pass it (question, answer
 * sentences, cited articles).
 */
class FollowUpEndToEndTest {
    @TempDir
    static Path dir;
    private static ExtractiveAnswerer answerer;

    @BeforeAll
    static void index() throws IOException {
        write("orchestra-appointment", "Kelby Orchestra names Maria Lopez conductor", "Kelby Courier", """
                Maria Lopez is the new principal conductor of the Kelby Orchestra, reporting to its artistic \
                director Sam Okafor.
                Lopez joined the orchestra as principal conductor on 9 May, ahead of the summer season.
                Lopez will lead twelve concerts in her first year, starting with a harbour gala.
                """);
        write("conductor-profile", "Maria Lopez, a conductor who started in the pit", "Valley Weekly", """
                Maria Lopez grew up in Porto and studied violin before turning to conducting.
                Lopez joined the Porto Youth Orchestra in 2006 as its youngest member.
                She joined the Lisbon Opera in 2012 as an assistant conductor and stayed eight years.
                Friends describe her as patient in rehearsal and fierce on the podium.
                """);
        write("mill-sale", "Globex buys the Kelby flour mill", "Harbour Post", """
                Globex agreed to buy the Kelby flour mill for 2 million euros.
                The deal to buy the mill was announced on 4 March at a meeting in the town hall.
                Tom Berry, who has run the mill for twenty years, will stay on as its manager.
                """);
        write("bakery-news", "Corner Bakery gets a new oven", "Valley Weekly", """
                Ana Ruiz opened the Corner Bakery on Quay Street in 2019.
                A wood-fired oven for the bakery was announced on 12 June.
                The bakery sells about 300 loaves on a Saturday.
                """);
        write("harbour-pilot", "Lennick harbour pilots get a new chief", "Harbour Post", """
                Mara Voss is the new chief pilot of the Lennick harbour pilots, the harbour board said.
                The board confirmed that Voss has become chief pilot of the Lennick harbour pilots, reporting to \
                harbour master Ed Crane.
                Voss takes up the post of chief pilot on 3 March after ten years at sea.
                The pilots guide about forty ships a week into Lennick.
                """);
        answerer = WrittenCorpus.answerer(dir);
    }

    private static void write(String id, String title, String outlet, String body) throws IOException {
        WrittenCorpus.write(dir, id, title, outlet, "2025-05-10", body);
    }

    /** {@code followUp} asked after {@code earlier} and its answer, as a front end passes them. */
    private static Answer after(String earlier, Answer answered, String followUp) {
        return answerer.answer(new Question(followUp, earlier,
                answered.sentences().stream().map(AnswerSentence::text).toList(),
                answered.citations().stream().map(Citation::doc).toList()));
    }

    private static Answer ask(String question) {
        return answerer.answer(new Question(question));
    }

    @Test
    void given_an_answer_about_a_post_when_asked_when_she_joined_then_the_answer_stays_on_that_post() {
        String earlier = "Who does Maria Lopez report to?";
        Answer first = ask(earlier);

        Answer next = after(earlier, first, "when did she join?");

        assertTrue(first.text().contains("Sam Okafor"), first.text());
        // Asked alone, the question is about her whole career, and her profile answers it.
        assertEquals("conductor-profile", ask("When did Maria Lopez join?").citations().get(0).doc());
        assertFalse(next.abstained(), next.text());
        assertTrue(next.sentences().get(0).text().contains("9 May"), next.text());
        assertEquals("orchestra-appointment", next.citations().get(0).doc(), next.footer().toString());
    }

    @Test
    void given_an_answer_about_a_sale_when_asked_when_that_was_announced_then_that_means_the_sale() {
        String earlier = "What did Globex agree to?";
        Answer first = ask(earlier);

        Answer next = after(earlier, first, "when was that announced?");

        assertTrue(first.text().contains("2 million"), first.text());
        assertFalse(next.abstained(), next.text());
        assertTrue(next.text().contains("4 March"), next.text());
        assertFalse(next.text().contains("12 June"), next.text());
    }

    @Test
    void given_a_follow_up_asking_again_when_answered_then_it_does_not_lead_with_what_was_just_said() {
        String earlier = "Who does Maria Lopez report to?";
        Answer first = ask(earlier);
        List<String> said = first.sentences().stream().map(AnswerSentence::text).toList();

        Answer next = after(earlier, first, "and who is she reporting to?");

        assertFalse(first.abstained(), first.text());
        next.sentences().forEach(s -> assertFalse(said.contains(s.text()), "repeated: " + s.text()));
    }

    @Test
    void given_a_follow_up_asking_when_then_a_restatement_without_a_date_gives_way_to_the_dated_sentence() {
        String earlier = "Who is the new chief pilot of the Lennick harbour pilots?";
        Answer first = ask(earlier);

        Answer next = after(earlier, first, "when did she become chief pilot?");

        assertTrue(first.text().contains("Mara Voss"), first.text());
        assertFalse(next.abstained(), next.text());
        assertTrue(next.sentences().get(0).text().contains("3 March"), next.text());
    }

    @Test
    void given_two_turns_of_a_conversation_when_a_follow_up_asks_the_first_again_then_nothing_said_is_repeated() {
        String earlier = "Who does Maria Lopez report to?";
        Answer first = ask(earlier);
        Answer second = after(earlier, first, "when did she join?");
        List<String> firstSaid = first.sentences().stream().map(AnswerSentence::text).toList();
        List<String> secondSaid = second.sentences().stream().map(AnswerSentence::text).toList();

        Answer third = answerer.answer(new Question("and who is she reporting to?", "when did she join?", secondSaid,
                second.citations().stream().map(Citation::doc).toList(), firstSaid));

        assertFalse(second.abstained(), second.text());
        third.sentences().forEach(s -> assertFalse(firstSaid.contains(s.text()) || secondSaid.contains(s.text()),
                "repeated: " + s.text()));
    }

    @Test
    void given_a_fresh_question_asked_again_in_a_conversation_then_it_is_answered_as_alone_even_if_repeated() {
        String question = "Who does Maria Lopez report to?";
        Answer alone = ask(question);

        Answer again = after(question, alone, question);

        assertEquals(alone.text(), again.text());
        assertEquals(alone.footer(), again.footer());
    }
}
