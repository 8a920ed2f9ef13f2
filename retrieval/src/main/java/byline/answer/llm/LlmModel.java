package byline.answer.llm;

import dev.langchain4j.model.chat.ChatModel;

import java.time.Duration;
import java.util.Objects;

/**
 * A chat model, the name Byline reports it under, and how long a user may wait for it.
 *
 * @param chat    the langchain4j chat model (OpenAI-compatible, Anthropic, Ollama, ...)
 * @param name    provider and model, e.g. {@code openai/gpt-4o-mini}; answers say {@code llm:<name>}
 * @param timeout the longest a question may take before the extractive answer is served instead
 */
public record LlmModel(ChatModel chat, String name, Duration timeout) {

    public LlmModel {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeout, "timeout");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank model name");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }
}
