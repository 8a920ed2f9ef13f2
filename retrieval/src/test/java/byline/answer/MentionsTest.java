package byline.answer;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MentionsTest {

    @Test
    void a_question_asking_which_articles_mention_something_names_what_to_find() {
        assertEquals(Optional.of("the harbour master"), Mentions.topic("Which articles mention the harbour master?"));
        assertEquals(Optional.of("rowing"), Mentions.topic("do any of the stories cover rowing"));
        assertEquals(Optional.of("Ines Okafor"), Mentions.topic("Is Ines Okafor mentioned in any article?"));
        assertEquals(Optional.of("pie stalls"), Mentions.topic("what pieces talk about pie stalls?"));
    }

    @Test
    void other_questions_name_nothing_to_find() {
        assertEquals(Optional.empty(), Mentions.topic("Who opened the festival?"));
        assertEquals(Optional.empty(), Mentions.topic("Which article says the festival drew a record crowd?"));
        assertEquals(Optional.empty(), Mentions.topic("What did the story mention about the rowing race?"));
    }
}
