package byline.answer;

import byline.answer.ArticleQuestion.Asked;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleQuestionTest {

    private static Optional<Asked> asked(String text) {
        return ArticleQuestion.asked(new QuestionAnalysis(text, text, new float[] {1}, List.of(), Set.of(), Set.of()));
    }

    @Test
    void questions_about_an_article_itself_are_recognised() {
        assertEquals(Optional.of(Asked.AUTHOR), asked("Who wrote the ferry story?"));
        assertEquals(Optional.of(Asked.AUTHOR), asked("whats the byline on the fares piece"));
        assertEquals(Optional.of(Asked.PUBLISHED), asked("When was the ferry article published?"));
        assertEquals(Optional.of(Asked.OUTLET), asked("Which outlet ran the story on fares?"));
        assertEquals(Optional.of(Asked.SUMMARY), asked("What's the ferry piece about?"));
        assertEquals(Optional.of(Asked.SUMMARY), asked("can you summarise the fares article"));
        assertEquals(Optional.of(Asked.DATELINE), asked("which city was the fares story filed from"));
        assertEquals(Optional.of(Asked.DATELINE), asked("Where is the ferry piece datelined?"));
    }

    @Test
    void questions_about_what_an_article_reports_are_left_to_the_sentences() {
        assertEquals(Optional.empty(), asked("Who wrote the letter to the council?"));
        assertEquals(Optional.empty(), asked("When was the study published?"));
        assertEquals(Optional.empty(), asked("What did the column argue about fares?"));
        assertEquals(Optional.empty(), asked("What is the article's point about fares?"));
        assertEquals(Optional.empty(), asked("How does the column sum up the fare rise for islanders?"));
        assertEquals(Optional.empty(), asked("Give me the main points the piece makes about ticket prices for pensioners"));
        assertEquals(Optional.empty(), asked("Who runs the ferry?"));
        assertEquals(Optional.empty(), asked("Who wrote the post about the ferry?"));
        assertEquals(Optional.empty(), asked("Where was the lawsuit against the ferry operator filed, says the article?"));
    }

    @Test
    void a_question_that_names_no_article_in_particular_is_told_apart() {
        assertTrue(ArticleQuestion.meansNoArticleInParticular(analysis("Who wrote the article?")));
        assertTrue(ArticleQuestion.meansNoArticleInParticular(analysis("when was this piece published")));
        assertFalse(ArticleQuestion.meansNoArticleInParticular(analysis("Who wrote the article on ferry fares?")));
        assertFalse(ArticleQuestion.meansNoArticleInParticular(analysis("Summarise the bakery story")));
    }

    private static QuestionAnalysis analysis(String text) {
        return new QuestionAnalysis(text, text, new float[] {1}, List.of(), Set.of(), Set.of());
    }
}
