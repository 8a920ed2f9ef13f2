package byline.bot.discord;

import byline.bot.chat.Turn;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConversationMemoryTest {

    @Test
    void remembers_the_question_behind_each_answer_and_the_last_one_per_thread() {
        ConversationMemory memory = new ConversationMemory(10);

        memory.answeredWith(101, Turn.asked("Who joined?"));
        memory.answeredInThread(7, Turn.asked("Who joined?"));
        memory.answeredInThread(7, Turn.asked("When?"));

        assertEquals(Optional.of(Turn.asked("Who joined?")), memory.answeredBy(101));
        assertEquals(Optional.of(Turn.asked("When?")), memory.lastInThread(7));
        assertEquals(Optional.empty(), memory.answeredBy(102));
        assertEquals(Optional.empty(), memory.lastInThread(8));
    }

    @Test
    void forgets_the_least_recently_used_beyond_its_capacity() {
        ConversationMemory memory = new ConversationMemory(2);
        memory.answeredWith(1, Turn.asked("first"));
        memory.answeredWith(2, Turn.asked("second"));
        memory.answeredBy(1); // used again: now the most recent

        memory.answeredWith(3, Turn.asked("third"));

        assertEquals(Optional.of(Turn.asked("first")), memory.answeredBy(1));
        assertEquals(Optional.empty(), memory.answeredBy(2));
        assertEquals(Optional.of(Turn.asked("third")), memory.answeredBy(3));
    }
}
