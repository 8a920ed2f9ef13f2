package byline.bot.terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word wrap for the terminal: lines break between words only, a citation marker ({@code [2]}, {@code [1][3].})
 * stays on the line of the word it follows, and a word longer than the line gets a line of its own rather than
 * being cut.
 *
 * @param width columns of the terminal
 */
record Wrap(int width) {
    /** The width when the output is not a terminal, or the terminal does not say. */
    static final int PLAIN = 80;
    private static final int NARROWEST = 20;
    private static final Pattern MARKER = Pattern.compile("(?:\\[\\d+])+[.,;:!?)]*");

    Wrap {
        width = width <= 0 ? PLAIN : Math.max(width, NARROWEST);
    }

    /** Each line of {@code text} wrapped, the first starting with {@code first}, the rest with {@code rest}. */
    String lines(String text, String first, String rest) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(paragraph(paragraph, first, rest));
        }
        return out.toString();
    }

    String lines(String text) {
        return lines(text, "", "");
    }

    private String paragraph(String text, String first, String rest) {
        StringBuilder out = new StringBuilder(first);
        int column = first.length();
        boolean lineEmpty = true;
        for (String word : words(text)) {
            if (!lineEmpty && column + 1 + word.length() > width) {
                out.append('\n').append(rest);
                column = rest.length();
                lineEmpty = true;
            }
            if (!lineEmpty) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            lineEmpty = false;
        }
        return out.toString();
    }

    /** Words split on spaces, with each marker joined to the word before it. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.strip().split(" +")) {
            if (token.isEmpty()) {
                continue;
            }
            if (!words.isEmpty() && MARKER.matcher(token).matches()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + " " + token);
            } else {
                words.add(token);
            }
        }
        return words;
    }
}
