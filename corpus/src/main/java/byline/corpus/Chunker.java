package byline.corpus;

import java.util.ArrayList;
import java.util.List;

/** Groups consecutive sentences of one paragraph (or list) into chunks, never splitting a sentence. */
final class Chunker {
    private final int maxChars;
    private final int maxSentences;

    Chunker(int maxChars, int maxSentences) {
        if (maxChars < 1 || maxSentences < 1) {
            throw new IllegalArgumentException("chunk limits must be positive");
        }
        this.maxChars = maxChars;
        this.maxSentences = maxSentences;
    }

    List<Chunk> chunk(List<Sentence> sentences) {
        List<Chunk> chunks = new ArrayList<>();
        List<Sentence> current = new ArrayList<>();
        int chars = 0;
        for (Sentence s : sentences) {
            if (!current.isEmpty() && !fits(current, s, chars)) {
                chunks.add(toChunk(current, chunks.size()));
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(s);
            chars += s.text().length() + 1;
        }
        if (!current.isEmpty()) {
            chunks.add(toChunk(current, chunks.size()));
        }
        return chunks;
    }

    private boolean fits(List<Sentence> current, Sentence next, int chars) {
        Sentence last = current.get(current.size() - 1);
        boolean sameBlock = last.paragraph() == next.paragraph() && last.kind() == next.kind()
                && next.kind() != Sentence.Kind.TABLE_ROW;
        return sameBlock && current.size() < maxSentences && chars + next.text().length() <= maxChars;
    }

    private static Chunk toChunk(List<Sentence> sentences, int position) {
        Sentence first = sentences.get(0);
        return new Chunk(first.docId(), position, first.heading(), sentences);
    }
}
