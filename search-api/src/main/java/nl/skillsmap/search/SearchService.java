package nl.skillsmap.search;

import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
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
    private final DocumentRows rows;
    private final FreeTextQuery queries;
    private final Analyzer indexAnalyzer;
    /** The highlighter of the searcher last seen; building one merges the field infos of every segment. */
    private volatile RowsHighlighter highlighter;

    public SearchService(SkillsmapIndex index) {
        this(index, DocumentRows.read(index));
    }

    public SearchService(SkillsmapIndex index, DocumentRows rows) {
        this.index = index;
        this.rows = rows;
        this.queries = new FreeTextQuery(index.analyzers());
        this.indexAnalyzer = index.analyzers().dutch();
    }

    public SearchResult search(SearchRequest request) {
        Optional<Query> text = queries.of(request.query());
        if (text.isEmpty()) {
            return new SearchResult(request.query(), 0, request.offset(), request.limit(), List.of(),
                    SearchResult.Facets.EMPTY);
        }
        IndexSearcher searcher = index.acquire();
        try {
            SearchCollectorManager.Collected found = searcher.search(
                    request.filter().lineages().restrict(text.get()), new SearchCollectorManager(
                    request.filter(), rows, request.offset() + request.limit()));
            List<RankedQueue.Ranked> page = found.best().subList(
                    Math.min(request.offset(), found.best().size()), found.best().size());
            return new SearchResult(request.query(), found.total(), request.offset(), request.limit(),
                    hits(searcher, text.get(), page), found.facets());
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for " + request, e);
        } finally {
            index.release(searcher);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, List<RankedQueue.Ranked> page)
            throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        List<DocumentRows.Row> pageRows = page.stream().map(r -> rows.row(searcher, r.doc())).toList();
        Snippet[] snippets = snippets(searcher, query, page, pageRows);
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            hits.add(hit(pageRows.get(i), snippets[i], page.get(i).score()));
        }
        return hits;
    }

    /**
     * The body passage with the match, else the title with the match, else the title as it is. Only documents
     * with a body have theirs highlighted, and only those without a marked body passage their title.
     */
    private Snippet[] snippets(IndexSearcher searcher, Query query, List<RankedQueue.Ranked> page,
                              List<DocumentRows.Row> pageRows) throws IOException {
        RowsHighlighter highlighter = highlighter(searcher);
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

    private RowsHighlighter highlighter(IndexSearcher searcher) {
        RowsHighlighter current = highlighter;
        if (current == null || !current.isFor(searcher)) {
            // The highlighter is thread-safe; racing requests may each build one, and either is right.
            current = new RowsHighlighter(searcher, rows, indexAnalyzer);
            highlighter = current;
        }
        return current;
    }

    private static void fill(Snippet[] snippets, List<Integer> positions, RowsHighlighter highlighter, String field,
                             Query query, List<RankedQueue.Ranked> page) throws IOException {
        if (positions.isEmpty()) {
            return;
        }
        int[] docs = positions.stream().mapToInt(i -> page.get(i).doc()).toArray();
        Snippet[] marked = highlighter.snippets(field, query, docs);
        for (int j = 0; j < docs.length; j++) {
            snippets[positions.get(j)] = marked[j];
        }
    }

    private SearchHit hit(DocumentRows.Row row, Snippet snippet, float score) {
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
