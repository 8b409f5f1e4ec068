package nl.skillsmap.search;

import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts, over every document the (unfiltered) text query matches, the type, level and domain values from doc
 * values, and how many documents pass the whole {@link SearchFilter}. Each dimension is counted among the documents
 * that pass the other dimensions' filters (drill-sideways in one pass), so a chosen type does not hide the other
 * types' counts.
 */
final class FacetCollectorManager implements CollectorManager<FacetCollectorManager.FacetCollector,
        FacetCollectorManager.Counts> {

    private final SearchFilter filter;

    FacetCollectorManager(SearchFilter filter) {
        this.filter = filter;
    }

    /** Documents passing the whole filter, and the counts per dimension. */
    record Counts(long total, SearchResult.Facets facets) {
    }

    @Override
    public FacetCollector newCollector() {
        return new FacetCollector(filter);
    }

    @Override
    public Counts reduce(Collection<FacetCollector> collectors) {
        long total = 0;
        Map<String, Integer> types = new HashMap<>();
        Map<String, Integer> levels = new HashMap<>();
        Map<String, Integer> domains = new HashMap<>();
        for (FacetCollector c : collectors) {
            total += c.total;
            c.types.forEach((k, v) -> types.merge(k, v, Integer::sum));
            c.levels.forEach((k, v) -> levels.merge(k, v, Integer::sum));
            c.domains.forEach((k, v) -> domains.merge(k, v, Integer::sum));
        }
        return new Counts(total, new SearchResult.Facets(sorted(types), sorted(levels), sorted(domains)));
    }

    /** Most frequent first, then by value, so equal counts always come in the same order. */
    private static List<SearchResult.FacetValue> sorted(Map<String, Integer> counts) {
        return new TreeMap<>(counts).entrySet().stream()
                .map(e -> new SearchResult.FacetValue(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(SearchResult.FacetValue::count).reversed())
                .toList();
    }

    static final class FacetCollector implements Collector {

        private final SearchFilter filter;
        private final Set<String> typeKeys;
        private long total;
        private final Map<String, Integer> types = new HashMap<>();
        private final Map<String, Integer> levels = new HashMap<>();
        private final Map<String, Integer> domains = new HashMap<>();

        FacetCollector(SearchFilter filter) {
            this.filter = filter;
            this.typeKeys = Set.copyOf(filter.types().stream().map(DocType::key).toList());
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new Leaf(context);
        }

        /** Counts by segment ordinal while collecting; ordinals become values once, when the segment is done. */
        private final class Leaf implements LeafCollector {

            private final SortedSetDocValues typeValues;
            private final SortedSetDocValues domainValues;
            private final NumericDocValues levelValues;
            private final boolean[] typeAllowed;
            private final boolean[] domainAllowed;
            private final int[] typeCounts;
            private final int[] domainCounts;
            private final Map<Long, Integer> levelCounts = new HashMap<>();
            private long[] typeOrds = new long[1];
            private long[] domainOrds = new long[1];

            Leaf(LeafReaderContext context) throws IOException {
                typeValues = DocValues.getSortedSet(context.reader(), IndexSchema.TYPE);
                domainValues = DocValues.getSortedSet(context.reader(), IndexSchema.DOMAIN);
                levelValues = DocValues.getNumeric(context.reader(), IndexSchema.LEVEL);
                typeAllowed = allowed(typeValues, typeKeys);
                domainAllowed = allowed(domainValues, filter.domains());
                typeCounts = new int[Math.toIntExact(typeValues.getValueCount())];
                domainCounts = new int[Math.toIntExact(domainValues.getValueCount())];
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                int typeCount = 0;
                if (typeValues.advanceExact(doc)) {
                    typeCount = typeValues.docValueCount();
                    typeOrds = read(typeValues, typeCount, typeOrds);
                }
                int domainCount = 0;
                if (domainValues.advanceExact(doc)) {
                    domainCount = domainValues.docValueCount();
                    domainOrds = read(domainValues, domainCount, domainOrds);
                }
                boolean hasLevel = levelValues.advanceExact(doc);
                long level = hasLevel ? levelValues.longValue() : 0;

                boolean typeOk = typeAllowed == null || any(typeOrds, typeCount, typeAllowed);
                boolean domainOk = domainAllowed == null || any(domainOrds, domainCount, domainAllowed);
                boolean levelOk = filter.levels().isEmpty()
                        || (hasLevel && filter.levels().contains((int) level));

                if (typeOk && domainOk && levelOk) {
                    total++;
                }
                if (domainOk && levelOk) {
                    for (int i = 0; i < typeCount; i++) {
                        typeCounts[(int) typeOrds[i]]++;
                    }
                }
                if (typeOk && levelOk) {
                    for (int i = 0; i < domainCount; i++) {
                        domainCounts[(int) domainOrds[i]]++;
                    }
                }
                if (typeOk && domainOk && hasLevel) {
                    levelCounts.merge(level, 1, Integer::sum);
                }
            }

            @Override
            public void finish() throws IOException {
                drain(typeValues, typeCounts, types);
                drain(domainValues, domainCounts, domains);
                levelCounts.forEach((level, count) -> levels.merge(Long.toString(level), count, Integer::sum));
            }
        }

        /** The current document's ordinals, in {@code buffer} when it is large enough. */
        private static long[] read(SortedSetDocValues values, int count, long[] buffer) throws IOException {
            long[] ords = buffer.length >= count ? buffer : new long[count];
            for (int i = 0; i < count; i++) {
                ords[i] = values.nextOrd();
            }
            return ords;
        }

        /** Which ordinals of this segment the filter accepts; null when the dimension is not filtered. */
        private static boolean[] allowed(SortedSetDocValues values, Set<String> accepted) throws IOException {
            if (accepted.isEmpty()) {
                return null;
            }
            boolean[] allowed = new boolean[Math.toIntExact(values.getValueCount())];
            for (String value : accepted) {
                long ord = values.lookupTerm(new BytesRef(value));
                if (ord >= 0) {
                    allowed[(int) ord] = true;
                }
            }
            return allowed;
        }

        private static boolean any(long[] ords, int count, boolean[] allowed) {
            for (int i = 0; i < count; i++) {
                if (allowed[(int) ords[i]]) {
                    return true;
                }
            }
            return false;
        }

        private static void drain(SortedSetDocValues values, int[] counts, Map<String, Integer> into)
                throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
                }
            }
        }
    }
}
