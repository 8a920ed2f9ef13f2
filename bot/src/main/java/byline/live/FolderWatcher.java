package byline.live;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Watches a folder and its subfolders, and says when an article file (or a folder) was created, modified or
 * deleted. Editors' swap and backup files are ignored; what a change means is left to the refresher.
 */
final class FolderWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

    private final DirectoryWatcher watcher;
    private final ExecutorService thread;

    private FolderWatcher(DirectoryWatcher watcher, ExecutorService thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /** Starts watching {@code dir}; {@code onChange} runs on the watcher's thread and must return quickly. */
    static FolderWatcher start(Path dir, Runnable onChange) {
        try {
            DirectoryWatcher watcher = DirectoryWatcher.builder()
                    .path(dir)
                    .fileHashing(false) // hashing would read every article at start; the refresher compares content
                    .logger(NOPLogger.NOP_LOGGER)
                    .listener(new Listener(onChange))
                    .build();
            ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "byline-corpus-watch");
                t.setDaemon(true);
                return t;
            });
            watcher.watchAsync(thread);
            return new FolderWatcher(watcher, thread);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch corpus folder " + dir, e);
        }
    }

    static boolean concerns(Path file, boolean directory) {
        if (directory) {
            return true;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".")
                && (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"));
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("closing the folder watcher: {}", e.toString());
        }
        thread.shutdownNow();
    }

    private record Listener(Runnable onChange) implements DirectoryChangeListener {
        @Override
        public void onEvent(DirectoryChangeEvent event) {
            if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW
                    || event.path() == null
                    || event.path().equals(event.rootPath())
                    || concerns(event.path(), event.isDirectory())) {
                onChange.run();
            }
        }

        @Override
        public void onException(Exception e) {
            log.warn("watching the corpus folder: {}", e.toString());
            onChange.run(); // the refresher finds out what state the folder is in
        }
    }
}
