package byline.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Article files written for the tests. */
final class Articles {
    private Articles() {
    }

    static String markdown(String title, String outlet, String body) {
        return "---\ntitle: \"" + title + "\"\noutlet: \"" + outlet + "\"\npublished: \"2026-05-20\"\n---\n" + body + "\n";
    }

    static Path write(Path dir, String id, String body) throws IOException {
        return Files.writeString(dir.resolve(id + ".md"), markdown(id, "Test Wire", body));
    }
}
