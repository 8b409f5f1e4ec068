package nl.skillsmap.evaluation.personas;

import java.io.IOException;
import java.util.List;

/** A method under evaluation on personas: ranks qualifications (crebos) for a profile of activities. */
public interface QualificationMatcher {

    /**
     * Crebos, best first, at most {@code depth}.
     *
     * @param occupation the ESCO occupation URI the person works in, or null
     */
    List<String> rank(List<String> activities, String occupation, int depth) throws IOException;
}
