package byline.live;

import byline.Library;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps a library in step with its corpus folder while Byline runs: the folder is watched, changes are
 * debounced, and each burst of them becomes one new edition, swapped in while the old one keeps answering.
 * When the folder disappears, the last edition keeps serving and the folder is looked for again until it is back.
 */
public final class LiveCorpus implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveCorpus.class);

    private final Path dir;
    private final Refresher refresher;
    private final Debouncer debouncer;
    private final Duration recheck;
    private final List<Consumer<Refresh>> listeners = new CopyOnWriteArrayList<>();
    private volatile FolderWatcher watcher;
    private volatile boolean closed;
    private boolean looking; // only touched on the update thread

    private LiveCorpus(Path dir, Library library, Editions editions, Duration quiet) {
        this.dir = dir;
        this.refresher = new Refresher(dir, library, editions);
        this.debouncer = new Debouncer(this::refresh, quiet, quiet.multipliedBy(10));
        this.recheck = quiet.multipliedBy(2);
    }

    /**
     * Starts watching {@code dir}, whose articles {@code library} serves now.
     *
     * @param quiet how long the folder must be still before an update runs
     */
    public static LiveCorpus start(Path dir, Library library, Editions editions, Duration quiet) {
        LiveCorpus live = new LiveCorpus(dir, library, editions, quiet);
        live.watcher = FolderWatcher.start(dir, live.debouncer::poke);
        // Files written between the first load and the watcher's start would otherwise wait for the next change.
        live.debouncer.poke();
        log.debug("watching {} for article changes", dir);
        return live;
    }

    /** Called after every look at the folder, on the update thread (tests wait on it). */
    public void onRefresh(Consumer<Refresh> listener) {
        listeners.add(listener);
    }

    private void refresh() {
        Refresh result = refresher.refresh();
        if (result.problem().isPresent() && !Files.isDirectory(dir) && !looking) {
            looking = true;
            watcher.close(); // its watch keys died with the folder
            debouncer.later(this::lookForFolder, recheck);
        }
        listeners.forEach(l -> l.accept(result));
    }

    private void lookForFolder() {
        if (closed) {
            return;
        }
        try {
            if (Files.isDirectory(dir)) {
                watcher = FolderWatcher.start(dir, debouncer::poke);
                looking = false;
                log.info("corpus folder {} is back; watching it again", dir);
                debouncer.poke();
                return;
            }
        } catch (RuntimeException e) {
            log.debug("corpus folder {} not watchable yet: {}", dir, e.toString());
        }
        debouncer.later(this::lookForFolder, recheck);
    }

    @Override
    public void close() {
        closed = true;
        debouncer.close();
        watcher.close();
    }
}
