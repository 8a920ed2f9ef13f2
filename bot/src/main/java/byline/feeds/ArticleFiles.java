package byline.feeds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Writes fetched articles into the corpus folder as Markdown with YAML front matter, the format a person would
 * write, so they survive restarts, can be read and edited, and load like any other article. A file appears
 * whole (written aside, then moved into place): the folder watcher never sees half of one.
 */
final class ArticleFiles {
    private final Path dir;
    private final YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    /** @param dir where fetched articles go (a subfolder of the corpus folder) */
    ArticleFiles(Path dir) {
        this.dir = dir;
    }

    /** A fetched article: what the front matter says, and the text. */
    record Fetched(String title, String outlet, String published, String author, String url, String text) {
    }

    /** Writes {@code article}; the file name is its date, a slug of its title and a hash of its URL. */
    Path write(Fetched article) {
        Path file = dir.resolve(name(article));
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".incoming-", ".tmp"); // hidden: the loader skips it
            Files.writeString(tmp, markdown(article), StandardCharsets.UTF_8);
            move(tmp, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    String markdown(Fetched a) {
        ObjectNode front = yaml.createObjectNode();
        front.put("title", a.title());
        front.put("outlet", a.outlet());
        front.put("published", a.published());
        front.put("author", a.author());
        front.put("url", a.url());
        try {
            return "---\n" + yaml.writeValueAsString(front) + "---\n" + a.text().strip() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write front matter for " + a.url(), e);
        }
    }

    static String name(Fetched a) {
        String slug = Normalizer.normalize(a.title(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        String date = a.published().isEmpty() ? "" : a.published() + "-";
        return date + (slug.isEmpty() ? "article" : slug) + "-" + hash(a.url()) + ".md";
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
