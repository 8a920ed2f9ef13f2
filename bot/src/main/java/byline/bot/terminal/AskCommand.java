package byline.bot.terminal;

import byline.CorpusOption;
import byline.Library;
import byline.Warmup;
import byline.answer.Answer;
import byline.answer.Question;
import byline.bot.chat.ChatReplies;
import byline.bot.chat.Intent;
import byline.bot.chat.Intents;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code byline ask "question"}: one answer on stdout; {@code --jsonl}: a batch of questions from stdin. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer one question, or with --jsonl a batch of JSON lines {\"id\", \"question\"} from stdin.")
public final class AskCommand implements Callable<Integer> {
    /** Batch exit code when some lines got an error line instead of an answer (every line still got a line). */
    public static final int SOME_LINES_FAILED = 3;

    @Mixin
    private CorpusOption corpus = new CorpusOption();

    @Option(names = "--jsonl", description = "Read JSON lines from stdin, write one JSON answer line per question.")
    private boolean jsonl;

    @Option(names = "--why", description = "Also show the passages and scores behind each answer.")
    private boolean why;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question (quote it, or not).")
    private List<String> words;

    private final Function<Optional<Path>, Library> loader;
    private final InputStream in;
    private final PrintStream out;

    public AskCommand(Function<Optional<Path>, Library> loader, InputStream in, PrintStream out) {
        this.loader = loader;
        this.in = in;
        this.out = out;
    }

    @Override
    public Integer call() {
        if (!jsonl && (words == null || words.isEmpty())) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "give a question, or --jsonl to read questions from stdin");
        }
        Library library = loader.apply(corpus.dir());
        if (jsonl) {
            Warmup.run(library);
            int failed = new BatchAnswers(library.answerer(), why).run(in, out);
            return failed == 0 ? 0 : SOME_LINES_FAILED;
        }
        String question = String.join(" ", words);
        TerminalRenderer renderer = new TerminalRenderer();
        Intent intent = new Intents().of(question);
        if (intent == Intent.NOT_ENGLISH || intent == Intent.GREETING || intent == Intent.THANKS) {
            out.println(ChatReplies.to(intent).orElseThrow());
            return 0;
        }
        Answer answer = library.answerer().answer(new Question(question));
        out.println(renderer.render(answer, new Wrap(width())));
        if (why) {
            out.println();
            out.println(renderer.why(answer));
        }
        return 0;
    }

    /** The terminal's width when stdout is one, else the plain width (a file or a pipe gets 80 columns). */
    private int width() {
        if (out != System.out || System.console() == null) {
            return Wrap.PLAIN;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            return terminal.getWidth();
        } catch (IOException | RuntimeException e) {
            return Wrap.PLAIN;
        }
    }
}
