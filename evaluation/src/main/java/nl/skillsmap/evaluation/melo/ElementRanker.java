package nl.skillsmap.evaluation.melo;

import java.io.IOException;
import java.util.List;

/** A method under evaluation on a MELO set: ranks the set's corpus elements for a query. */
public interface ElementRanker {

    /** Element ids, best first, at most {@code depth} of them. */
    List<String> rank(String query, int depth) throws IOException;
}
