package nl.skillsmap.search.index;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether the service can answer, and which index it answers from.
 *
 * @param status       {@code ok} when the index is open and searchable
 * @param indexVersion the content version of the index (same data, same version)
 * @param counts       documents per type
 */
public record Health(String status, String indexVersion, Instant builtAt, Map<String, Integer> counts) {

    public Health {
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
