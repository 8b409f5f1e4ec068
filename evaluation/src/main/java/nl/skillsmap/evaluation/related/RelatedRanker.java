package nl.skillsmap.evaluation.related;

import java.util.List;
import java.util.Optional;

/** A method under evaluation on related occupations: ranks other occupations for a source occupation. */
public interface RelatedRanker {

    /** Occupation URIs, most related first, at most {@code depth}; empty when the source is unknown. */
    Optional<List<String>> rank(String sourceUri, int depth);
}
