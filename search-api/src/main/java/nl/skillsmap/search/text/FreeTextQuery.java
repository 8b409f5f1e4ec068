package nl.skillsmap.search.text;

import java.util.Optional;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.search.FieldWeights;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns text a person typed into a query over the searchable fields. The text is only ever analysed, never parsed:
 * quotes, {@code *}, {@code AND} or {@code field:} are words like any other, so no input changes the query's shape
 * or fails.
 *
 * <p>Each field gets the words as analysed by its own chain; a document matches when one field holds most of the
 * words (all of up to three words, three quarters of longer queries). Field scores add up, so a word in the title
 * counts more than in a label or the body, and a title word in its exact form ({@link IndexSchema#TITLE_EXACT})
 * adds to its stem match and outranks a title that only shares the stem.
 */
public final class FreeTextQuery {

    private static final FieldWeights WEIGHTS = FieldWeights.FREE_TEXT;

    private final QueryBuilder dutch;
    private final QueryBuilder folded;

    public FreeTextQuery(AnalyzerFactory analyzers) {
        this(analyzers.dutchWithSynonyms(), analyzers.folded());
    }

    FreeTextQuery(Analyzer dutch, Analyzer folded) {
        this.dutch = new QueryBuilder(dutch);
        this.folded = new QueryBuilder(folded);
    }

    /** The query for {@code text}, or empty when analysis leaves no word to search for. */
    public Optional<Query> of(String text) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        boolean any = add(fields, dutch, IndexSchema.TITLE, text, WEIGHTS.title());
        any |= add(fields, folded, IndexSchema.TITLE_EXACT, text, WEIGHTS.titleExact());
        any |= add(fields, dutch, IndexSchema.LABELS, text, WEIGHTS.labels());
        any |= add(fields, dutch, IndexSchema.TEXT, text, WEIGHTS.text());
        return any ? Optional.of(fields.build()) : Optional.empty();
    }

    private static boolean add(
            BooleanQuery.Builder fields, QueryBuilder builder, String field, String text, float boost) {
        Query query = builder.createBooleanQuery(field, text, Occur.SHOULD);
        if (query == null) {
            return false;
        }
        fields.add(new BoostQuery(requireMostWords(query), boost), Occur.SHOULD);
        return true;
    }

    /** For a query of alternative words: all of up to three words must match, then three quarters of them. */
    static Query requireMostWords(Query query) {
        if (!(query instanceof BooleanQuery words)
                || !words.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
            return query;
        }
        int n = words.clauses().size();
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (BooleanClause clause : words.clauses()) {
            builder.add(clause);
        }
        builder.setMinimumNumberShouldMatch(n - n / 4);
        return builder.build();
    }
}
