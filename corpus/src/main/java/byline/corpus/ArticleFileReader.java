package byline.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one article file, or says why it cannot. */
final class ArticleFileReader {
    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A---[ \\t]*\\R(.*?)\\R---[ \\t]*(?:\\R|\\z)(.*)\\z", Pattern.DOTALL);

    private final YAMLMapper yaml = new YAMLMapper();

    Article read(Path file) {
        String text = decode(bytes(file));
        if (text.isBlank()) {
            throw new UnusableFileException("empty file");
        }
        String name = file.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        return name.toLowerCase().endsWith(".txt") ? plainText(id, text) : markdown(id, text);
    }

    private static byte[] bytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnusableFileException("larger than 5 MB (" + size + " bytes)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableFileException("unreadable (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnusableFileException("binary content");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnusableFileException("not UTF-8 text");
        }
    }

    private static Article plainText(String id, String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        String title = newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
        String body = newline < 0 ? "" : trimmed.substring(newline + 1).strip();
        if (body.isEmpty()) {
            throw new UnusableFileException("no text after the title line");
        }
        return new Article(id, title, "", "", "", "", body);
    }

    private Article markdown(String id, String text) {
        Matcher m = FRONT_MATTER.matcher(text);
        if (!m.matches()) {
            throw new UnusableFileException("no front matter (expected a '---' block with title and outlet)");
        }
        JsonNode meta = parse(m.group(1));
        String title = field(meta, "title");
        if (title.isEmpty()) {
            throw new UnusableFileException("front matter has no title");
        }
        String body = m.group(2).strip();
        if (body.isEmpty()) {
            throw new UnusableFileException("article body is empty");
        }
        return new Article(id, title, field(meta, "outlet"), field(meta, "published"), field(meta, "author"),
                field(meta, "url"), body);
    }

    private JsonNode parse(String frontMatter) {
        try {
            JsonNode node = yaml.readTree(frontMatter);
            if (node == null || !node.isObject()) {
                throw new UnusableFileException("malformed front matter (not a key: value map)");
            }
            return node;
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new UnusableFileException("malformed front matter (" + detail + ")");
        }
    }

    private static String field(JsonNode meta, String key) {
        JsonNode v = meta.get(key);
        return v == null || v.isNull() ? "" : v.asText().strip();
    }
}
