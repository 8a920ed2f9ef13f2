package byline.bot.terminal;

import byline.answer.Answer;
import byline.corpus.Article;

import java.util.List;

/**
 * Plain-text rendering for the terminal: the answer with its markers, then the sources, each wrapped to the
 * terminal's width; a source line's continuation is indented under its text.
 */
final class TerminalRenderer {

    String render(Answer answer, Wrap wrap) {
        if (answer.abstained()) {
            return wrap.lines(answer.text());
        }
        StringBuilder sb = new StringBuilder(wrap.lines(answer.text())).append("\n\nSources:");
        for (String line : answer.footer()) {
            String marker = line.substring(0, line.indexOf(' ') + 1);
            sb.append('\n').append(wrap.lines(line.substring(marker.length()), "  " + marker,
                    " ".repeat(2 + marker.length())));
        }
        return sb.toString();
    }

    String sources(List<Article> articles) {
        StringBuilder sb = new StringBuilder();
        for (Article a : articles) {
            String outlet = a.outletNamed() ? a.outlet() : "(outlet not named)";
            String date = a.published().isEmpty() ? "undated" : a.published();
            sb.append(String.format("%-30s %-20s %-10s %s%n", a.id(), outlet, date, a.title()));
        }
        return sb.toString().stripTrailing();
    }

    String why(Answer answer) {
        if (answer.evidence().isEmpty()) {
            return "No passages were retrieved for the last question.";
        }
        StringBuilder sb = new StringBuilder("Passages behind the last answer (best first):");
        answer.evidence().forEach(e -> sb.append(String.format("%n  %.3f  %s  %s%n         %s",
                e.score(), e.doc(), e.detail(), e.text())));
        return sb.toString();
    }
}
