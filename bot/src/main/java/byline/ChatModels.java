package byline;

import byline.config.LlmSettings;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * Makes the langchain4j chat model the settings ask for. Lives in the wiring, so the answering core only knows
 * langchain4j's {@link ChatModel} port and no front end knows a vendor.
 */
final class ChatModels {

    private ChatModels() {
    }

    /**
     * The client for {@code llm}. No retries: a 429 or a 500 is answered at once by the extractive fallback
     * instead of multiplying the wait; the client's own timeout matches Byline's.
     */
    static ChatModel create(LlmSettings llm) {
        return switch (llm.provider()) {
            case OPENAI -> OpenAiChatModel.builder().baseUrl(llm.baseUrl()).apiKey(llm.apiKey())
                    .modelName(llm.model()).timeout(llm.timeout()).maxRetries(0).build();
            case ANTHROPIC -> AnthropicChatModel.builder().baseUrl(llm.baseUrl()).apiKey(llm.apiKey())
                    .modelName(llm.model()).timeout(llm.timeout()).maxRetries(0).maxTokens(1024).build();
            case OLLAMA -> OllamaChatModel.builder().baseUrl(llm.baseUrl()).modelName(llm.model())
                    .timeout(llm.timeout()).maxRetries(0).build();
            case NONE -> throw new IllegalArgumentException("no chat model when BYLINE_LLM=none");
        };
    }
}
