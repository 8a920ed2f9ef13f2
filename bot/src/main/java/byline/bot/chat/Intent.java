package byline.bot.chat;

/** What a message to Byline is, before anything is sent to the answering core. */
public enum Intent {
    /** "hi", "hello": greet and invite a question. */
    GREETING,
    /** "thanks", "thank you": acknowledge. */
    THANKS,
    /** "help", "what can you do": explain how to ask. */
    HELP,
    /** "sources", "list articles": list the articles. */
    SOURCES,
    /** "quit", "exit", "bye": the REPL ends; a chat says goodbye. */
    QUIT,
    /** A question written in another language than English: say Byline answers in English. */
    NOT_ENGLISH,
    /** Anything else: a question for the answering core. */
    QUESTION
}
