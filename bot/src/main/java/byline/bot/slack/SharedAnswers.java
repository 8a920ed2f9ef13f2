package byline.bot.slack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Slash-command answers waiting for their "Post to channel" button, so that the posted answer is exactly the
 * one the asker saw. Bounded; an answer is handed out once, so a double click posts it once.
 */
final class SharedAnswers {

    /** An answer as shown to its asker. */
    record Shared(String askerId, String question, List<SlackMessage> messages) {
        Shared {
            Objects.requireNonNull(askerId, "askerId");
            Objects.requireNonNull(question, "question");
            messages = List.copyOf(messages);
        }
    }

    private final LruCache<String, Shared> answers;

    SharedAnswers(int capacity) {
        this.answers = new LruCache<>(capacity);
    }

    /** Stores the answer; the key fits in a button value. */
    String store(Shared shared) {
        String key = UUID.randomUUID().toString();
        answers.put(key, shared);
        return key;
    }

    /** The answer for the key, removed so it cannot be posted twice; empty when unknown or forgotten. */
    Optional<Shared> take(String key) {
        return answers.remove(key);
    }
}
