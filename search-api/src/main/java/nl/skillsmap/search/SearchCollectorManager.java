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

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One pass over every document the unfiltered text query matches: counts the type, level and domain values from
 * doc values and keeps the best {@code n} documents that pass the whole {@link SearchFilter}, ranked by score, then
 * id. Each facet dimension is counted among the documents that pass the other dimensions' filters (drill-sideways),
 * so a chosen type does not hide the other types' counts; the total counts the documents passing every filter.
 */
final class SearchCollectorManager implements CollectorManager<SearchCollectorManager.SearchCollector,
        SearchCollectorManager.Collected> {

    private final SearchFilter filter;
    private final DocumentRows rows;
    private final int n;

    /** @param n how many of the best documents to keep (offset plus limit of the page) */
    SearchCollectorManager(SearchFilter filter, DocumentRows rows, int n) {
        this.filter = filter;
        this.rows = rows;
        this.n = n;
    }

    /**
     * What the pass found.
     *
     * @param total documents passing the whole filter
     * @param best  the best of them, best first
     */
    record Collected(long total, SearchResult.Facets facets, List<RankedQueue.Ranked> best) {
    }

    @Override
    public SearchCollector newCollector() {
        return new SearchCollector();
    }

    @Override
    public Collected reduce(Collection<SearchCollector> collectors) {
        long total = 0;
        Map<String, Integer> types = new HashMap<>();
        Map<String, Integer> levels = new HashMap<>();
        Map<String, Integer> domains = new HashMap<>();
        RankedQueue merged = new RankedQueue(n, rows);
        for (SearchCollector c : collectors) {
            total += c.total;
            c.types.forEach((k, v) -> types.merge(k, v, Integer::sum));
            c.levels.forEach((k, v) -> levels.merge(k, v, Integer::sum));
            c.domains.forEach((k, v) -> domains.merge(k, v, Integer::sum));
            merged.offerAll(c.ranking);
        }
        return new Collected(total, new SearchResult.Facets(sorted(types), sorted(levels), sorted(domains)),
                merged.bestFirst());
    }

    /** Most frequent first, then by value, so equal counts always come in the same order. */
    private static List<SearchResult.FacetValue> sorted(Map<String, Integer> counts) {
        return new TreeMap<>(counts).entrySet().stream()
                .map(e -> new SearchResult.FacetValue(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(SearchResult.FacetValue::count).reversed())
                .toList();
    }

    final class SearchCollector implements Collector {

        private final Set<String> typeKeys = Set.copyOf(filter.types().stream().map(DocType::key).toList());
        private final RankedQueue ranking = new RankedQueue(n, rows);
        private long total;
        private final Map<String, Integer> types = new HashMap<>();
        private final Map<String, Integer> levels = new HashMap<>();
        private final Map<String, Integer> domains = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new Leaf(context);
        }

        /** Counts by segment ordinal while collecting; ordinals become values once, when the segment is done. */
        private final class Leaf implements LeafCollector {

            private final int docBase;
            private final SortedSetDocValues typeValues;
            private final SortedSetDocValues domainValues;
            private final NumericDocValues levelValues;
            private final String[] typeNames;
            private final String[] domainNames;
            private final boolean[] typeAllowed;
            private final boolean[] domainAllowed;
            private final int[] typeCounts;
            private final int[] domainCounts;
            private final Map<Long, Integer> levelCounts = new HashMap<>();
            private long[] typeOrds = new long[1];
            private long[] domainOrds = new long[1];
            private Scorable scorer;

            Leaf(LeafReaderContext context) throws IOException {
                docBase = context.docBase;
                typeValues = DocValues.getSortedSet(context.reader(), IndexSchema.TYPE);
                domainValues = DocValues.getSortedSet(context.reader(), IndexSchema.DOMAIN);
                levelValues = DocValues.getNumeric(context.reader(), IndexSchema.LEVEL);
                typeNames = rows.typeValues(context);
                domainNames = rows.domainValues(context);
                typeAllowed = allowed(typeNames, typeKeys);
                domainAllowed = allowed(domainNames, filter.domains());
                typeCounts = new int[typeNames.length];
                domainCounts = new int[domainNames.length];
            }

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
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
                    ranking.offer(scorer.score(), docBase + doc);
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
            public void finish() {
                drain(typeNames, typeCounts, types);
                drain(domainNames, domainCounts, domains);
                levelCounts.forEach((level, count) -> levels.merge(Long.toString(level), count, Integer::sum));
            }
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

    /** Which ordinals of a segment the filter accepts; null when the dimension is not filtered. */
    private static boolean[] allowed(String[] values, Set<String> accepted) {
        if (accepted.isEmpty()) {
            return null;
        }
        boolean[] allowed = new boolean[values.length];
        for (int ord = 0; ord < values.length; ord++) {
            allowed[ord] = accepted.contains(values[ord]);
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

    private static void drain(String[] values, int[] counts, Map<String, Integer> into) {
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                into.merge(values[ord], counts[ord], Integer::sum);
            }
        }
    }
}
