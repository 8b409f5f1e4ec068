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
import java.util.Map;
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
            SearchCollectorManager.Collected found = searcher.search(text.get(), new SearchCollectorManager(
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
        int[] docs = page.stream().mapToInt(RankedQueue.Ranked::doc).toArray();
        Map<String, String[]> snippets = new RowsHighlighter(searcher, rows, indexAnalyzer)
                .highlightFields(RowsHighlighter.FIELDS, query, docs, new int[]{1, 1});
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            DocumentRows.Row row = rows.row(searcher, docs[i]);
            // The body passage with the match, else the title with the match, else the title as it is.
            String snippet = snippets.get(IndexSchema.TEXT)[i];
            if (snippet == null) {
                snippet = snippets.get(IndexSchema.TITLE)[i];
            }
            hits.add(hit(row, snippet != null ? snippet : MarkFormatter.escape(row.title()), page.get(i).score()));
        }
        return hits;
    }

    private SearchHit hit(DocumentRows.Row row, String snippet, float score) {
        SearchHit.QualificationRef qualification = row.qualification();
        if (row.type() == DocType.ELECTIVE && row.crebo() != null) {
            // An elective is offered with several qualifications; the row names the first one listed.
            SearchHit.QualificationRef known = rows.qualification(row.crebo());
            qualification = known != null ? known : new SearchHit.QualificationRef(row.crebo(), null, null);
        }
        return new SearchHit(row.type().key(), row.id(), row.title(), snippet,
                Math.round(score * 1000) / 1000.0, row.level(), row.domain(), qualification, row.coreTask());
    }
}
