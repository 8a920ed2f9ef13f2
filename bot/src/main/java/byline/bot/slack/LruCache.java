package byline.bot.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A thread-safe map that forgets its least recently used entry beyond a fixed size, so that memory stays
 * bounded however long the server runs and however many events Slack sends.
 */
final class LruCache<K, V> {
    private final int capacity;
    private final Map<K, V> entries;

    LruCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruCache.this.capacity;
            }
        };
    }

    synchronized Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    /** Stores the value unless the key is present; true when it was absent (atomically). */
    synchronized boolean putIfAbsent(K key, V value) {
        return entries.putIfAbsent(key, value) == null;
    }

    /** Replaces the value only while the key still maps to {@code expected} (atomically). */
    synchronized void replace(K key, V expected, V value) {
        entries.replace(key, expected, value);
    }

    synchronized Optional<V> remove(K key) {
        return Optional.ofNullable(entries.remove(key));
    }

    synchronized int size() {
        return entries.size();
    }
}
