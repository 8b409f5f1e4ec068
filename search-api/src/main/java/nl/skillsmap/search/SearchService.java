package nl.skillsmap.search;

import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
            return new SearchResult(request.query(), 0, request.offset(), request.limit(), List.of(),
                    SearchResult.Facets.EMPTY);
        }
        IndexSearcher searcher = snapshot.searcher();
        SearchCollectorManager.Collected found = searcher.search(
                request.filter().lineages().restrict(text.get()), new SearchCollectorManager(
                request.filter(), snapshot.rows(), request.offset() + request.limit()));
        List<RankedQueue.Ranked> page = found.best().subList(
                Math.min(request.offset(), found.best().size()), found.best().size());
        return new SearchResult(request.query(), found.total(), request.offset(), request.limit(),
                hits(snapshot, text.get(), page), found.facets());
    }

    private static List<SearchHit> hits(IndexSnapshot snapshot, Query query, List<RankedQueue.Ranked> page)
            throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        DocumentRows rows = snapshot.rows();
        List<DocumentRows.Row> pageRows = page.stream().map(r -> rows.row(snapshot.searcher(), r.doc())).toList();
        String[] snippets = snippets(snapshot.highlighter(), query, page, pageRows);
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            hits.add(hit(rows, pageRows.get(i), snippets[i], page.get(i).score()));
        }
        return hits;
    }

    /**
     * The body passage with the match, else the title with the match, else the title as it is. Only documents
     * with a body have theirs highlighted, and only those without a marked body passage their title.
     */
    private static String[] snippets(RowsHighlighter highlighter, Query query, List<RankedQueue.Ranked> page,
                                     List<DocumentRows.Row> pageRows) throws IOException {
        String[] snippets = new String[page.size()];
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
                snippets[i] = MarkFormatter.escape(pageRows.get(i).title());
            }
        }
        return snippets;
    }

    private static void fill(String[] snippets, List<Integer> positions, RowsHighlighter highlighter, String field,
                             Query query, List<RankedQueue.Ranked> page) throws IOException {
        if (positions.isEmpty()) {
            return;
        }
        int[] docs = positions.stream().mapToInt(i -> page.get(i).doc()).toArray();
        String[] marked = highlighter.highlightFields(new String[]{field}, query, docs, new int[]{1}).get(field);
        for (int j = 0; j < docs.length; j++) {
            snippets[positions.get(j)] = marked[j];
        }
    }

    private static SearchHit hit(DocumentRows rows, DocumentRows.Row row, String snippet, float score) {
        SearchHit.QualificationRef qualification = row.qualification();
        if (row.type() == DocType.ELECTIVE && row.crebo() != null) {
            // An elective is offered with several qualifications; the row names the first one listed.
            SearchHit.QualificationRef known = rows.qualification(row.crebo());
            qualification = known != null ? known : new SearchHit.QualificationRef(row.crebo(), null, null);
        }
        return new SearchHit(row.type().key(), row.id(), row.title(), snippet,
                Math.round(score * 1000) / 1000.0, row.level(), row.domain(), qualification, row.coreTask(),
                row.lineage());
    }
}
