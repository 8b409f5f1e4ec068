package nl.skillsmap.search;

import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.index.StoredJson;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Free-text search over every kind of document: typed hits with highlighted snippets, facet counts over all hits
 * and paging. Ranking is deterministic: score, then id.
 */
public final class SearchService {

    /** Score first; equal scores in id order, so a page never depends on segment layout or timing. */
    static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.ID, SortField.Type.STRING));

    private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TYPE, IndexSchema.TITLE,
            IndexSchema.LEVEL, IndexSchema.DOMAIN, IndexSchema.CREBO, IndexSchema.JSON);
    private static final String[] SNIPPET_FIELDS = {IndexSchema.TEXT, IndexSchema.TITLE};
    private static final int SNIPPET_LENGTH = 160;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final SkillsmapIndex index;
    private final FreeTextQuery queries;
    private final Analyzer highlightAnalyzer;

    public SearchService(SkillsmapIndex index) {
        this.index = index;
        this.queries = new FreeTextQuery(index.analyzers());
        this.highlightAnalyzer = index.analyzers().dutch();
    }

    public SearchResult search(SearchRequest request) {
        Optional<Query> text = queries.of(request.query());
        if (text.isEmpty()) {
            return new SearchResult(request.query(), 0, request.offset(), request.limit(), List.of(),
                    SearchResult.Facets.EMPTY);
        }
        IndexSearcher searcher = index.acquire();
        try {
            FacetCollectorManager.Counts counts = searcher.search(text.get(),
                    new FacetCollectorManager(request.filter()));
            List<SearchHit> hits = List.of();
            if (request.offset() < counts.total()) {
                TopDocs top = searcher.search(request.filter().restrict(text.get()),
                        request.offset() + request.limit(), RANKING, true);
                ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(),
                        top.scoreDocs.length), top.scoreDocs.length);
                hits = hits(searcher, text.get(), page);
            }
            return new SearchResult(request.query(), counts.total(), request.offset(), request.limit(), hits,
                    counts.facets());
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for " + request, e);
        } finally {
            index.release(searcher);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        int[] docIds = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
        Map<String, String[]> snippets = highlighter(searcher).highlightFields(SNIPPET_FIELDS, query, docIds,
                new int[]{1, 1});
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc, HIT_FIELDS);
            String snippet = firstNonNull(snippets.get(IndexSchema.TEXT)[i], snippets.get(IndexSchema.TITLE)[i],
                    MarkFormatter.escape(doc.get(IndexSchema.TITLE)));
            hits.add(hit(searcher, doc, snippet, page[i].score));
        }
        return hits;
    }

    private SearchHit hit(IndexSearcher searcher, Document doc, String snippet, float score) throws IOException {
        String type = doc.get(IndexSchema.TYPE);
        IndexableField levelField = doc.getField(IndexSchema.LEVEL);
        Integer level = levelField == null ? null : levelField.numericValue().intValue();
        SearchHit.QualificationRef qualification = null;
        SearchHit.CoreTaskRef coreTask = null;
        if (DocType.WORK_PROCESS.key().equals(type)) {
            IndexedWorkProcess wp = StoredJson.read(doc.getBinaryValue(IndexSchema.JSON).bytes,
                    IndexedWorkProcess.class);
            qualification = new SearchHit.QualificationRef(wp.crebo(), wp.qualificationName(), wp.level());
            coreTask = wp.coreTaskCode() == null && wp.coreTaskTitle() == null ? null
                    : new SearchHit.CoreTaskRef(wp.coreTaskCode(), wp.coreTaskTitle());
        } else if (DocType.ELECTIVE.key().equals(type) && doc.get(IndexSchema.CREBO) != null) {
            // An elective is offered with several qualifications; the row names the first one listed.
            qualification = qualification(searcher, doc.get(IndexSchema.CREBO));
        }
        return new SearchHit(type, doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), snippet,
                Math.round(score * 1000) / 1000.0, level, doc.get(IndexSchema.DOMAIN), qualification, coreTask);
    }

    private static SearchHit.QualificationRef qualification(IndexSearcher searcher, String crebo)
            throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(IndexSchema.idTerm(crebo)), Occur.FILTER)
                .add(new TermQuery(IndexSchema.typeTerm(DocType.QUALIFICATION)), Occur.FILTER)
                .build();
        TopDocs found = searcher.search(query, 1);
        if (found.scoreDocs.length == 0) {
            return new SearchHit.QualificationRef(crebo, null, null);
        }
        Document doc = searcher.storedFields().document(found.scoreDocs[0].doc,
                Set.of(IndexSchema.TITLE, IndexSchema.LEVEL));
        IndexableField level = doc.getField(IndexSchema.LEVEL);
        return new SearchHit.QualificationRef(crebo, doc.get(IndexSchema.TITLE),
                level == null ? null : level.numericValue().intValue());
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, highlightAnalyzer)
                .withFormatter(new MarkFormatter())
                // No passage when nothing matched in a field: the snippet then comes from the next field.
                .withMaxNoHighlightPassages(0)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(DUTCH), SNIPPET_LENGTH, 0.5f))
                .build();
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
