package byline.corpus;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The five articles shipped with Byline, read from the classpath (a folder in development, the jar when shipped). */
public final class BundledCorpus {
    static final String RESOURCE = "/bundled-corpus";

    private BundledCorpus() {
    }

    /** A path to the bundled folder, inside the jar's file system when running from the jar. */
    public static Path path() {
        URL url = BundledCorpus.class.getResource(RESOURCE);
        if (url == null) {
            throw new CorpusException("bundled corpus missing from the classpath (" + RESOURCE + ")");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            try {
                return FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
            } catch (FileSystemAlreadyExistsException e) {
                return FileSystems.getFileSystem(uri).provider().getPath(uri);
            }
        } catch (URISyntaxException | IOException e) {
            throw new CorpusException("cannot open bundled corpus: " + e.getMessage(), e);
        }
    }
}
