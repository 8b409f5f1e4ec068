package nl.skillsmap.search.match;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A bounded cache of values computed from a phrase, least recently used dropped first, bounded both in entries and
 * in (estimated) bytes. People type the same activities ("kassa en geldafhandeling", "contact met klanten"), and
 * what one phrase resolves to depends only on the phrase and the index snapshot, so one cache lives with one
 * snapshot and goes with it. Thread-safe: a value is computed outside the lock (two requests may compute the same
 * phrase at once; both get equal values and one is kept), and values must be immutable.
 */
public final class PhraseCache<V> {

    /** Hits, misses and size so far. */
    public record Stats(long hits, long misses, int entries, long bytes) {

        /** Hits among all look-ups, 0 when there were none. */
        public double hitRatio() {
            long lookups = hits + misses;
            return lookups == 0 ? 0 : (double) hits / lookups;
        }
    }

    private record Entry<V>(V value, long bytes) {}

    private final int maxEntries;
    private final long maxBytes;
    private final ToLongFunction<V> sizer;
    private final LinkedHashMap<String, Entry<V>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    /**
     * @param sizer an estimate of a value's heap bytes (the key's are added); a value larger than {@code maxBytes}
     *              is returned but not kept
     */
    PhraseCache(int maxEntries, long maxBytes, ToLongFunction<V> sizer) {
        if (maxEntries < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("a cache holds at least one entry and one byte");
        }
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.sizer = sizer;
    }

    /** The value of {@code phrase}, computed by {@code compute} (a pure function of the phrase) when not held. */
    V get(String phrase, Function<String, V> compute) {
        synchronized (this) {
            Entry<V> held = entries.get(phrase);
            if (held != null) {
                hits++;
                return held.value();
            }
            misses++;
        }
        V value = compute.apply(phrase);
        long size = sizer.applyAsLong(value) + 48 + 2L * phrase.length();
        if (size > maxBytes) {
            return value;
        }
        synchronized (this) {
            Entry<V> raced = entries.get(phrase);
            if (raced != null) {
                return raced.value();
            }
            entries.put(phrase, new Entry<>(value, size));
            bytes += size;
            Iterator<Map.Entry<String, Entry<V>>> eldest = entries.entrySet().iterator();
            while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
                bytes -= eldest.next().getValue().bytes();
                eldest.remove();
            }
        }
        return value;
    }

    public synchronized Stats stats() {
        return new Stats(hits, misses, entries.size(), bytes);
    }
}
