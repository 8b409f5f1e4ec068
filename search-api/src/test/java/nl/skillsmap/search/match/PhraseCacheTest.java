package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FixtureIndex.class)
class PhraseCacheTest {

    /** Every entry counts its key's characters twice and 48 bytes besides; the values here weigh what they say. */
    private static long size(String key, long value) {
        return value + 48 + 2L * key.length();
    }

    @Test
    void aPhraseIsComputedOnceAndThenServedFromTheCache() {
        PhraseCache<String> cache = new PhraseCache<>(10, 1 << 20, v -> 10);
        AtomicInteger computed = new AtomicInteger();

        String first = cache.get("kassa", p -> p.toUpperCase() + computed.incrementAndGet());
        String second = cache.get("kassa", p -> p.toUpperCase() + computed.incrementAndGet());

        assertThat(first).isEqualTo("KASSA1");
        assertThat(second).isEqualTo("KASSA1");
        assertThat(computed).hasValue(1);
        assertThat(cache.stats()).isEqualTo(new PhraseCache.Stats(1, 1, 1, size("kassa", 10)));
        assertThat(cache.stats().hitRatio()).isEqualTo(0.5);
    }

    @Test
    void beyondItsEntriesTheLeastRecentlyUsedPhraseGoesFirst() {
        PhraseCache<String> cache = new PhraseCache<>(2, 1 << 20, v -> 10);
        cache.get("a", p -> p);
        cache.get("b", p -> p);
        cache.get("a", p -> p); // "a" is now more recent than "b"
        cache.get("c", p -> p);

        AtomicInteger computed = new AtomicInteger();
        cache.get("a", p -> p + computed.incrementAndGet());
        assertThat(computed).as("a stayed").hasValue(0);
        cache.get("b", p -> p + computed.incrementAndGet());
        assertThat(computed).as("b was dropped").hasValue(1);
        assertThat(cache.stats().entries()).isEqualTo(2);
    }

    @Test
    void beyondItsBytesPhrasesAreDroppedAndAValueLargerThanTheWholeCacheIsNotKept() {
        long bound = size("a", 100) * 3;
        PhraseCache<Long> cache = new PhraseCache<>(1000, bound, v -> v);
        for (String key : List.of("a", "b", "c", "d", "e")) {
            cache.get(key, k -> 100L);
        }
        assertThat(cache.stats().entries()).isEqualTo(3);
        assertThat(cache.stats().bytes()).isLessThanOrEqualTo(bound);

        assertThat(cache.get("huge", k -> bound)).isEqualTo(bound);
        assertThat(cache.stats().entries()).isEqualTo(3);
        AtomicInteger computed = new AtomicInteger();
        cache.get("huge", k -> (long) computed.incrementAndGet());
        assertThat(computed).as("the huge value was not kept").hasValue(1);
    }

    @Test
    void underConcurrentUseEveryCallerGetsThePhrasesValueAndTheBoundsHold() throws Exception {
        PhraseCache<String> cache = new PhraseCache<>(50, 1 << 20, v -> 2L * v.length());
        List<Future<Integer>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                int seed = t;
                workers.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < 20_000; i++) {
                        String phrase = "phrase " + ((i * 31 + seed * 7) % 120);
                        if (!cache.get(phrase, p -> "value of " + p).equals("value of " + phrase)) {
                            wrong++;
                        }
                        if (cache.stats().entries() > 50) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> worker : workers) {
                assertThat(worker.get()).isZero();
            }
        }
        PhraseCache.Stats stats = cache.stats();
        assertThat(stats.hits() + stats.misses()).isEqualTo(8 * 20_000);
        assertThat(stats.entries()).isEqualTo(50);
    }

    @Test
    void aMatchAnsweredFromCachedPhrasesEqualsOneResolvedAfresh(SkillsmapIndex index) {
        MatchRequest request = MatchRequest.ofActivities(
                "inkoop en voorraadbeleid", "contact met klanten", "kassa en geldafhandeling");
        MatchService cached = new MatchService(index);
        cached.match(request);
        PhraseCache.Stats before = cached.phraseCacheStats();

        MatchResponse fromCache = cached.match(request);
        PhraseCache.Stats after = cached.phraseCacheStats();
        // A service with a classifier of its own has a cache of its own: its first answer resolves every phrase.
        MatchService fresh = new MatchService(index, new SurfaceTermMatchClassifier());
        MatchResponse resolved = fresh.match(request);

        assertThat(after.hits() - before.hits()).isEqualTo(3);
        assertThat(after.misses()).isEqualTo(before.misses());
        assertThat(fresh.phraseCacheStats().hits()).isZero();
        assertThat(fromCache).isEqualTo(resolved);
    }
}
