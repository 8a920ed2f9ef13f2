package byline.answer;

import byline.retrieval.SharedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractiveAnswererTest {
    private final ExtractiveAnswerer answerer =
            new ExtractiveAnswerer(SharedModel.index(), SharedModel.index(), SharedModel.corpus(),
                    AnswerModels.bundled(), 8);

    private Answer ask(String question) {
        return answerer.answer(new Question(question));
    }

    @Test
    void answers_with_outlet_citation_marker_and_footer() {
        Answer answer = ask("How much will Anthropic pay xAI for compute?");

        assertFalse(answer.abstained());
        assertTrue(answer.text().contains("$1.25"), answer.text());
        assertTrue(answer.text().contains("[1]"), answer.text());
        assertEquals("[1] TechCrunch, via \"Karpathy Joins Anthropic: A Pretraining Hire That Bets on "
                + "AI-Assisted Research\" (2026-05-27)", answer.footer().get(0));
        assertEquals("extractive", answer.answerer());
    }

    @Test
    void cites_an_article_that_names_no_outlet_by_its_title() {
        Answer answer = ask("Which Claude versions do products depend on today?");

        Citation c = answer.citations().get(0);
        assertEquals("pretraining-isnt-done", c.doc());
        assertEquals("", c.outlet());
        assertEquals("\"Andrej Karpathy joins Anthropic — and the bet behind it is that pre-training isn't done\""
                + " (outlet not named)", c.label());
    }

    @Test
    void shows_both_the_credited_outlet_and_the_publisher() {
        Answer answer = ask("What did CNBC say about Anthropic's valuation?");

        String first = answer.footer().get(0);
        assertTrue(first.startsWith("[1] CNBC, via BUSINESS 2.0 — \"Anthropic 2026: Karpathy Joins Pre-Training"),
                first);
        assertTrue(first.endsWith("(2026-05-29)"), first);
    }

    @Test
    void says_so_when_several_articles_state_the_same_fact() {
        Answer answer = ask("When did Karpathy announce he joined Anthropic?");

        Set<String> docs = answer.citations().stream().map(Citation::doc).collect(Collectors.toSet());
        assertTrue(docs.size() >= 2, answer.footer().toString());
        assertTrue(answer.lead().matches("\\d articles report this\\."), answer.lead());
        assertTrue(answer.sentences().get(0).refs().size() >= 2);
        assertTrue(answer.text().contains("May 19"), answer.text());
    }

    @Test
    void articles_agree_on_an_outlet_question_only_when_they_credit_the_same_outlet() {
        Answer answer = ask("Which outlet's headline called Karpathy a former Tesla AI leader?");

        assertTrue(answer.text().contains("CNBC"), answer.text());
        // Reuters' headline about the same hire is close in meaning but is another outlet's: no agreement.
        answer.citations().forEach(c -> assertEquals("CNBC", c.via().isEmpty() ? c.outlet() : c.via(),
                answer.footer().toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Who won the 2022 World Cup final?", "Will it rain in Paris tomorrow?",
            "What is the best pizza in New York?", "How old is Nick Joseph?",
            "What revenue did Anthropic project for the third quarter?", ""})
    void abstains_plainly_when_the_corpus_does_not_answer(String question) {
        Answer answer = ask(question);

        assertTrue(answer.abstained(), answer.text());
        assertTrue(answer.citations().isEmpty());
        assertEquals(Answer.NOT_IN_CORPUS, answer.text());
    }

    @Test
    void answers_a_when_question_only_from_a_sentence_about_it() {
        Answer answer = ask("Through what month and year does the xAI compute deal run?");

        assertTrue(answer.text().contains("May 2029"), answer.text());
    }

    @Test
    void prefers_the_article_a_question_names_by_its_outlet() {
        Answer answer = ask("According to InsightArea, what is the real story of the hire?");

        assertEquals("insightarea-research-loop", answer.citations().get(0).doc(), answer.footer().toString());
    }

    @Test
    void reads_a_follow_up_with_the_earlier_question_as_context() {
        Answer answer = answerer.answer(new Question("and who does he report to?",
                "What team did Karpathy join at Anthropic?"));

        assertFalse(answer.abstained());
        assertTrue(answer.text().contains("Nick Joseph"), answer.text());
    }

    @Test
    void splits_a_two_part_question_and_answers_both_parts() {
        Answer answer = ask("Where did Karpathy work from 2017 to 2022, and what startup did he found in 2024?");

        assertTrue(answer.text().contains("Tesla"), answer.text());
        assertTrue(answer.text().contains("Eureka Labs"), answer.text());
    }

    @Test
    void every_answer_sentence_cites_a_listed_source() {
        for (String q : List.of("What does Stainless make?", "Who is Chris Rohlf?", "What is pretraining?",
                "Why does Anthropic want Karpathy?", "What did Musk say about Karpathy?")) {
            Answer answer = ask(q);
            if (answer.abstained()) {
                continue;
            }
            for (AnswerSentence s : answer.sentences()) {
                assertFalse(s.refs().isEmpty());
                s.refs().forEach(r -> assertTrue(r >= 1 && r <= answer.citations().size()));
            }
            assertEquals(answer.citations().size(), answer.footer().size());
        }
    }

    @Test
    void given_a_follow_up_when_answered_then_the_sentence_just_said_is_not_said_again() {
        Answer first = ask("Who is Karpathy's new boss at Anthropic?");
        List<String> said = first.sentences().stream().map(AnswerSentence::text).toList();

        Answer next = answerer.answer(new Question("Who is his new boss?", "Who is Karpathy's new boss at Anthropic?",
                said));

        assertFalse(first.abstained(), first.text());
        next.sentences().forEach(s -> assertFalse(said.contains(s.text()), "repeated: " + s.text()));
    }

    @Test
    void given_an_abstention_then_why_shows_how_sure_answerability_was_and_the_bar() {
        Answer answer = ask("Which orchestra played at the harbour festival last summer?");

        assertTrue(answer.abstained(), answer.text());
        assertTrue(answer.evidence().get(0).detail().startsWith("answerability 0."), answer.evidence().get(0).detail());
        assertTrue(answer.evidence().get(0).detail().contains("answers at 0."), answer.evidence().get(0).detail());
    }

    @Test
    void given_an_answer_about_a_new_post_when_asked_when_he_joined_then_it_is_about_that_post_not_an_old_one() {
        String earlier = "Who is Karpathy's new manager?";
        Answer first = ask(earlier);

        Answer next = answerer.answer(new Question("when did he join?", earlier,
                first.sentences().stream().map(AnswerSentence::text).toList(),
                first.citations().stream().map(Citation::doc).toList()));

        assertFalse(next.abstained(), next.text());
        assertFalse(next.sentences().get(0).text().contains("2017"), next.text());
        assertEquals(first.citations().get(0).doc(), next.citations().get(0).doc(), next.footer().toString());
    }
}
