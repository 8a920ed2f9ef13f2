package byline.bot.terminal;

import byline.Library;
import byline.answer.Answer;
import byline.answer.Question;
import byline.bot.chat.ChatReplies;
import byline.bot.chat.Intent;
import byline.bot.chat.Intents;
import byline.bot.chat.Turn;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** The read–answer–print loop. Errors are reported and the loop goes on. */
final class Repl {
    private static final Logger log = LoggerFactory.getLogger(Repl.class);
    static final String PROMPT = "byline> ";
    static final String HELP = """
            Ask a question about the articles, in plain words. Every answer cites its sources [n].
              :sources   list the articles (id, outlet, date, title)
              :why       show the passages and scores behind the last answer
              :help      this help
              :quit      leave (or Ctrl-D)
            The same words without the colon work too (sources, help, quit, exit).
            A question that starts with "and", "what about" or refers back ("he", "it") is read as a
            follow-up to the previous one. You can also ask about the articles themselves: who wrote
            one, when it came out, what it is about, or which ones mention someone.""";

    private final Library library;
    private final LineReader reader;
    private final PrintWriter out;
    private final TerminalRenderer renderer = new TerminalRenderer();
    private final Intents intents = new Intents();
    private Optional<Answer> last = Optional.empty();
    private Turn lastTurn = Turn.asked("");

    Repl(Library library, Terminal terminal, boolean keepHistory) {
        this.library = library;
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("byline");
        if (keepHistory) {
            builder.variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".byline_history"));
        }
        this.reader = builder.build();
        this.out = terminal.writer();
    }

    void loop() {
        out.printf("Byline — answers from %d articles, with their sources. Type :help for commands.%n",
                library.corpus().articles().size());
        out.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            if (!handle(line.strip())) {
                return;
            }
            out.flush();
        }
    }

    /** Handles one line; false means quit. */
    boolean handle(String line) {
        switch (line) {
            case "" -> { }
            case ":quit", ":q", ":exit" -> {
                return false;
            }
            case ":help", ":h", "?" -> out.println(HELP);
            case ":sources" -> out.println(renderer.sources(library.corpus().articles()));
            case ":why" -> out.println(last.map(renderer::why).orElse("Ask a question first."));
            default -> {
                if (line.startsWith(":")) {
                    out.println("Unknown command " + line + ". Type :help for commands.");
                } else {
                    return say(line);
                }
            }
        }
        return true;
    }

    /** Small talk and command words are answered here; everything else is a question. False means quit. */
    private boolean say(String line) {
        Intent intent = intents.of(line);
        switch (intent) {
            case QUIT -> {
                return false;
            }
            case HELP -> out.println(HELP);
            case SOURCES -> out.println(renderer.sources(library.corpus().articles()));
            case QUESTION -> ask(line);
            default -> out.println(ChatReplies.to(intent).orElseThrow());
        }
        return true;
    }

    private void ask(String line) {
        try {
            boolean followUp = FollowUps.looksLikeFollowUp(line) && !lastTurn.question().isEmpty();
            Question asked = followUp ? lastTurn.followUp(line) : new Question(line);
            Answer answer = library.answerer().answer(asked);
            last = Optional.of(answer);
            // A chain of follow-ups keeps its first question: "he" three turns later still finds its name.
            lastTurn = Turn.answered(followUp ? lastTurn.question() + " " + line : line, answer, asked);
            out.println(renderer.render(answer, new Wrap(reader.getTerminal().getWidth())));
        } catch (RuntimeException e) {
            log.debug("answering failed", e);
            out.println("Sorry, that failed: " + e.getMessage() + ". Try again or rephrase.");
        }
    }
}
