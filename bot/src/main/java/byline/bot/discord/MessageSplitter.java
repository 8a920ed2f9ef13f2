package byline.bot.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs pieces of text (sentences, source lines) into messages of at most {@code limit} characters, breaking
 * only between pieces. A piece longer than a whole message (a rare run-on sentence) is broken at a space.
 */
final class MessageSplitter {

    /** One piece and the separator that joins it to the piece before it in the same message. */
    record Piece(String separator, String text) {
    }

    private final int limit;

    MessageSplitter(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    List<String> split(List<Piece> pieces) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Piece piece : pieces) {
            int joined = current.length() + piece.separator().length() + piece.text().length();
            if (current.length() > 0 && joined <= limit) {
                current.append(piece.separator()).append(piece.text());
                continue;
            }
            flush(current, messages);
            for (String part : breakLong(piece.text())) {
                flush(current, messages);
                current.append(part);
            }
        }
        flush(current, messages);
        return messages;
    }

    private static void flush(StringBuilder current, List<String> messages) {
        if (current.length() > 0) {
            messages.add(current.toString());
            current.setLength(0);
        }
    }

    private List<String> breakLong(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf(' ', limit);
            if (cut <= 0) {
                cut = Character.isHighSurrogate(rest.charAt(limit - 1)) ? limit - 1 : limit;
            }
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }
}
