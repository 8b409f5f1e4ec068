package nl.skillsmap.search.compare;

import java.util.List;
import nl.skillsmap.search.match.CoreTaskRef;
import nl.skillsmap.search.match.QualificationRef;

/**
 * The parts several qualifications share: groups of equivalent work processes found in two or more of them.
 *
 * @param qualifications the codes compared, in request order
 * @param followed       the codes asked for that were compared through another code of the same qualification
 */
public record CommonResponse(
        List<QualificationRef> qualifications, List<CommonPart> common, List<LineageFollow.Followed> followed) {

    /**
     * @param title    the title of the part as the first qualification (in request order) words it
     * @param coreTask that work process's core task
     * @param sharedBy crebos having the part, in request order
     */
    public record CommonPart(
            String title, CoreTaskRef coreTask, List<String> sharedBy, List<CommonWorkProcess> workProcesses) {}

    public record CommonWorkProcess(String id, String crebo, String code, String title) {}
}
