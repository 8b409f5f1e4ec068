package nl.skillsmap.search;

import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.model.Lineage;
import nl.skillsmap.model.Qualification;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Which codes of each qualification a list shows: by default one per lineage, the code its card shows, so a
 * qualification is never listed twice under two codes; on request every code. And whether only current codes.
 * Other kinds of documents (work processes, occupations, ...) are never left out.
 *
 * @param everyCode   every code of a lineage, each with its own status, instead of the one its card shows
 * @param currentOnly only codes whose status is current (with one code per lineage: the card's code)
 */
public record LineageSelection(boolean everyCode, boolean currentOnly) {

    /** One code per lineage, whatever its status. */
    public static final LineageSelection CARDS = new LineageSelection(false, false);

    /** The request parameter values: "one" (the default) and "all". */
    public static final String ONE = "one";

    public static final String ALL = "all";

    /** {@code query} without the qualification documents this selection does not show; scores unchanged. */
    public Query restrict(Query query) {
        if (everyCode && !currentOnly) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.MUST);
        restrict(builder);
        return builder.build();
    }

    /** Adds the clauses that leave out the qualification documents this selection does not show. */
    public void restrict(BooleanQuery.Builder builder) {
        if (!everyCode) {
            builder.add(new TermQuery(IndexSchema.besideCardTerm()), Occur.MUST_NOT);
        }
        if (currentOnly) {
            builder.add(
                    new BooleanQuery.Builder()
                            .add(new TermQuery(IndexSchema.typeTerm(DocType.QUALIFICATION)), Occur.FILTER)
                            .add(new TermQuery(IndexSchema.statusTerm(Lineage.Status.CURRENT.key())), Occur.MUST_NOT)
                            .build(),
                    Occur.MUST_NOT);
        }
    }

    /** Whether a qualification shown as its own card passes the status filter. */
    public boolean keeps(Qualification shown) {
        return !currentOnly || shown.lineageOrAlone().status() == Lineage.Status.CURRENT;
    }
}
