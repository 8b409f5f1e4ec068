package nl.skillsmap.evaluation.personas;

import java.io.IOException;
import java.util.List;

/** A method under evaluation on personas: ranks qualifications (crebos) for a profile of activities. */
public interface QualificationMatcher {

    /** Crebos, best first, at most {@code depth}. */
    List<String> rank(List<String> activities, int depth) throws IOException;
}
