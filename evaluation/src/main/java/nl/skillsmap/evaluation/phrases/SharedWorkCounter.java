package nl.skillsmap.evaluation.phrases;

import java.io.IOException;
import java.util.List;

/** A method under evaluation on work phrases: the work processes one phrase counts as shared, surest first. */
public interface SharedWorkCounter {

    /**
     * @param workProcessId the engine's work-process id
     * @param strength      how sure the method is, on its own scale (for the report only)
     * @param how           how the phrase reached the work process, as the method names it (for the report only)
     */
    record Counted(String workProcessId, double strength, String how) {}

    /** The work processes counted as shared, surest first; empty when the phrase counts none. */
    List<Counted> count(String phrase) throws IOException;
}
