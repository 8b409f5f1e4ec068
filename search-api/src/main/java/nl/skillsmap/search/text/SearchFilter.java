package nl.skillsmap.search.text;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.search.LineageSelection;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The facet filters of a search: a document passes when it has one of the chosen values in every dimension that
 * has a choice (values within a dimension are alternatives, dimensions combine). An empty set means no filter.
 * Qualifications are further chosen by {@code lineages}: by default one code per lineage.
 */
public record SearchFilter(Set<DocType> types, Set<Integer> levels, Set<String> domains, LineageSelection lineages) {

    public static final SearchFilter NONE = new SearchFilter(Set.of(), Set.of(), Set.of());

    public SearchFilter {
        types = Set.copyOf(types);
        levels = Set.copyOf(levels);
        domains = Set.copyOf(domains);
        lineages = lineages == null ? LineageSelection.CARDS : lineages;
    }

    /** Facet filters with one code per lineage. */
    public SearchFilter(Set<DocType> types, Set<Integer> levels, Set<String> domains) {
        this(types, levels, domains, LineageSelection.CARDS);
    }

    /** The filter without its choice of types, levels or domains: what a dimension's own counts are taken under. */
    public SearchFilter withoutTypes() {
        return new SearchFilter(Set.of(), levels, domains, lineages);
    }

    public SearchFilter withoutLevels() {
        return new SearchFilter(types, Set.of(), domains, lineages);
    }

    public SearchFilter withoutDomains() {
        return new SearchFilter(types, levels, Set.of(), lineages);
    }

    public boolean isEmpty() {
        return types.isEmpty() && levels.isEmpty() && domains.isEmpty();
    }

    /** {@code query} restricted to the documents that pass this filter; filters do not change scores. */
    public Query restrict(Query query) {
        if (isEmpty()) {
            return lineages.restrict(query);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(lineages.restrict(query), Occur.MUST);
        if (!types.isEmpty()) {
            builder.add(terms(IndexSchema.TYPE, types.stream().map(DocType::key).toList()), Occur.FILTER);
        }
        if (!levels.isEmpty()) {
            builder.add(IntPoint.newSetQuery(IndexSchema.LEVEL, levels), Occur.FILTER);
        }
        if (!domains.isEmpty()) {
            builder.add(terms(IndexSchema.DOMAIN, domains), Occur.FILTER);
        }
        return builder.build();
    }

    private static Query terms(String field, Collection<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        // Sorted so the same filter always gives an equal query (query cache, reproducible explain output).
        return new TermInSetQuery(
                field, new TreeSet<>(values).stream().map(BytesRef::new).toList());
    }
}
