package byline.answer.llm;

import byline.answer.llm.CheckedReply.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class ReplyCheckerTest {
    private final ReplyChecker checker = new ReplyChecker(3);

    private List<Claim> claims(String reply) {
        return assertInstanceOf(CheckedReply.Cited.class, checker.check(reply)).claims();
    }

    @Test
    void keeps_markers_written_before_or_after_the_full_stop_and_in_lists() {
        List<Claim> claims = claims("Karpathy joined Anthropic in May [1]. He reports to Nick Joseph.[2] "
                + "The team trains Claude [1, 3].");

        assertEquals(List.of(new Claim("Karpathy joined Anthropic in May.", List.of(1)),
                new Claim("He reports to Nick Joseph.", List.of(2)),
                new Claim("The team trains Claude.", List.of(1, 3))), claims);
    }

    @Test
    void does_not_split_at_abbreviations() {
        List<Claim> claims = claims("The U.S. lab hired Mr. Karpathy in May [2].");

        assertEquals(List.of(new Claim("The U.S. lab hired Mr. Karpathy in May.", List.of(2))), claims);
    }

    @Test
    void drops_markers_pointing_at_no_passage_and_sentences_left_uncited() {
        CheckedReply.Cited cited = assertInstanceOf(CheckedReply.Cited.class,
                checker.check("Here is what I found. Anthropic pays xAI $1.25 billion a month [2][9]. It is huge [0]."));

        assertEquals(List.of(new Claim("Anthropic pays xAI $1.25 billion a month.", List.of(2))), cited.claims());
        assertEquals(List.of(9, 0), cited.droppedMarkers());
        assertEquals(2, cited.droppedSentences());
    }

    @Test
    void ignores_a_sources_list_the_model_wrote_and_markdown() {
        List<Claim> claims = claims("""
                - **Karpathy** joined the pretraining team [1].

                Sources:
                [1] Reuters — "Something" (2026-05-19)
                [2] Made-Up Wire""");

        assertEquals(List.of(new Claim("Karpathy joined the pretraining team.", List.of(1))), claims);
    }

    @Test
    void markers_on_a_line_of_their_own_go_to_the_sentence_before() {
        assertEquals(List.of(new Claim("Karpathy joined the pretraining team.", List.of(1, 2))),
                claims("Karpathy joined the pretraining team [1].\n[2]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOT IN ARTICLES", "Not in articles.", "The articles don't say how old he is.",
            "The passages do not mention his salary.", "That is not mentioned in the articles."})
    void recognises_replies_saying_the_articles_do_not_answer(String reply) {
        assertInstanceOf(CheckedReply.NotInArticles.class, checker.check(reply));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Anthropic pays xAI a lot.", "Anthropic pays xAI a lot [4].", "[1]"})
    void a_reply_without_a_valid_marker_is_unusable(String reply) {
        assertInstanceOf(CheckedReply.Unusable.class, checker.check(reply));
    }
}
