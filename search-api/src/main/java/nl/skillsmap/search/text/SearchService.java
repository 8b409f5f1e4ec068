package nl.skillsmap.search.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.search.index.DocumentRows;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Free-text search over every kind of document: typed hits with highlighted snippets, facet counts over all hits
 * and paging. Ranking is deterministic: score, then id, so a page never depends on segment layout or timing.
 */
public final class SearchService {

    private final SkillsmapIndex index;

    public SearchService(SkillsmapIndex index) {
        this.index = index;
    }

    public SearchResult search(SearchRequest request) {
        IndexSnapshot snapshot = index.acquire();
        try {
            return search(snapshot, request);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for " + request, e);
        } finally {
            index.release(snapshot);
        }
    }

    private static SearchResult search(IndexSnapshot snapshot, SearchRequest request) throws IOException {
        Optional<Query> text = new FreeTextQuery(snapshot.analyzers()).of(request.query());
        if (text.isEmpty()) {
            return new SearchResult(
                    request.query(), 0, request.offset(), request.limit(), List.of(), SearchResult.Facets.EMPTY);
        }
        IndexSearcher searcher = snapshot.searcher();
        SearchFilter filter = request.filter();
        // Every hit counted, so the total is exact: the index is small and the facets read every hit anyway.
        TopFieldCollectorManager top = new TopFieldCollectorManager(
                DocumentRows.RANKING, request.offset() + request.limit(), null, Integer.MAX_VALUE);
        Object[] found = searcher.search(
                filter.restrict(text.get()), new MultiCollectorManager(top, new FacetsCollectorManager()));
        TopDocs best = (TopDocs) found[0];
        FacetsCollector hits = (FacetsCollector) found[1];
        List<ScoreDoc> page = Arrays.asList(best.scoreDocs)
                .subList(Math.min(request.offset(), best.scoreDocs.length), best.scoreDocs.length);
        SearchResult.Facets facets = new SearchResult.Facets(
                counts(
                        IndexSchema.TYPE,
                        snapshot.facetState(IndexSchema.TYPE),
                        hitsWithout(searcher, text.get(), filter, filter.types(), filter.withoutTypes(), hits)),
                counts(
                        new LongValueFacetCounts(
                                IndexSchema.LEVEL,
                                hitsWithout(
                                        searcher, text.get(), filter, filter.levels(), filter.withoutLevels(), hits)),
                        IndexSchema.LEVEL),
                counts(
                        IndexSchema.DOMAIN,
                        snapshot.facetState(IndexSchema.DOMAIN),
                        hitsWithout(searcher, text.get(), filter, filter.domains(), filter.withoutDomains(), hits)));
        return new SearchResult(
                request.query(),
                best.totalHits.value(),
                request.offset(),
                request.limit(),
                hits(snapshot, text.get(), page),
                facets);
    }

    /**
     * The hits a facet dimension is counted over: those of the whole filter when the dimension has no choice, else
     * those of the filter without it (drill sideways), so a chosen value keeps its alternatives visible.
     */
    private static FacetsCollector hitsWithout(
            IndexSearcher searcher,
            Query text,
            SearchFilter filter,
            Set<?> chosen,
            SearchFilter without,
            FacetsCollector hits)
            throws IOException {
        return chosen.isEmpty() ? hits : searcher.search(without.restrict(text), new FacetsCollectorManager());
    }

    private static List<SearchResult.FacetValue> counts(
            String field, StringDocValuesReaderState state, FacetsCollector hits) throws IOException {
        return counts(new StringValueFacetCounts(state, hits), field);
    }

    /** Most frequent first, then by value, so equal counts always come in the same order. */
    private static List<SearchResult.FacetValue> counts(Facets facets, String dimension) throws IOException {
        FacetResult all = facets.getAllChildren(dimension);
        if (all == null) {
            return List.of();
        }
        return Arrays.stream(all.labelValues)
                .filter(v -> v.value.intValue() > 0)
                .map(v -> new SearchResult.FacetValue(v.label, v.value.intValue()))
                .sorted(Comparator.comparingInt(SearchResult.FacetValue::count)
                        .reversed()
                        .thenComparing(SearchResult.FacetValue::value))
                .toList();
    }

    private static List<SearchHit> hits(IndexSnapshot snapshot, Query query, List<ScoreDoc> page) throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        DocumentRows rows = snapshot.rows();
        List<DocumentRows.Row> pageRows =
                page.stream().map(r -> rows.row(snapshot.searcher(), r.doc)).toList();
        Snippet[] snippets = snippets(snapshot.highlighter(), query, page, pageRows);
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            hits.add(hit(rows, pageRows.get(i), snippets[i], score(page.get(i))));
        }
        return hits;
    }

    /**
     * The body passage with the match, else the title with the match, else the title as it is. Only documents
     * with a body have theirs highlighted, and only those without a marked body passage their title.
     */
    private static Snippet[] snippets(
            RowsHighlighter highlighter, Query query, List<ScoreDoc> page, List<DocumentRows.Row> pageRows)
            throws IOException {
        Snippet[] snippets = new Snippet[page.size()];
        List<Integer> withText = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (pageRows.get(i).text() != null) {
                withText.add(i);
            }
        }
        fill(snippets, withText, highlighter, IndexSchema.TEXT, query, page);
        List<Integer> unmarked = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (snippets[i] == null) {
                unmarked.add(i);
            }
        }
        fill(snippets, unmarked, highlighter, IndexSchema.TITLE, query, page);
        for (int i = 0; i < page.size(); i++) {
            if (snippets[i] == null) {
                snippets[i] = Snippet.plain(pageRows.get(i).title());
            }
        }
        return snippets;
    }

    private static void fill(
            Snippet[] snippets,
            List<Integer> positions,
            RowsHighlighter highlighter,
            String field,
            Query query,
            List<ScoreDoc> page)
            throws IOException {
        if (positions.isEmpty()) {
            return;
        }
        int[] docs = positions.stream().mapToInt(i -> page.get(i).doc).toArray();
        Snippet[] marked = highlighter.snippets(field, query, docs);
        for (int j = 0; j < docs.length; j++) {
            snippets[positions.get(j)] = marked[j];
        }
    }

    /** The relevance score a hit was sorted by (the first sort field). */
    private static float score(ScoreDoc hit) {
        return (Float) ((FieldDoc) hit).fields[0];
    }

    private static SearchHit hit(DocumentRows rows, DocumentRows.Row row, Snippet snippet, float score) {
        SearchHit.QualificationRef qualification = row.qualification();
        if (row.type() == DocType.ELECTIVE && row.crebo() != null) {
            // An elective is offered with several qualifications; the row names the first one listed.
            SearchHit.QualificationRef known = rows.qualification(row.crebo());
            qualification = known != null ? known : new SearchHit.QualificationRef(row.crebo(), null, null);
        }
        return new SearchHit(
                row.type().key(),
                row.id(),
                row.title(),
                snippet,
                Math.round(score * 1000) / 1000.0,
                row.level(),
                row.domain(),
                qualification,
                row.coreTask(),
                row.lineage());
    }
}
