package nl.skillsmap.search.compare;

import java.util.List;
import nl.skillsmap.search.match.Coverage;
import nl.skillsmap.search.match.Evidence;
import nl.skillsmap.search.match.QualificationRef;
import nl.skillsmap.search.match.WorkProcessRef;

/**
 * Which work of qualification {@code to} a holder of {@code from} already does, per core task of {@code to}.
 *
 * @param coverageBasis what coverage counts: "workProcesses", or "skills" when {@code to} is known only by its
 *                      skills (then coreTasks is empty), or "none" for a catalogue entry
 * @param followed      the codes asked for that were compared through another code of the same qualification
 *                      ({@code from} and {@code to} are the codes compared); empty when none
 */
public record CompareResponse(
        QualificationRef from,
        QualificationRef to,
        String coverageBasis,
        Coverage coverage,
        List<CoreTaskComparison> coreTasks,
        List<LineageFollow.Followed> followed) {

    CompareResponse followed(List<LineageFollow.Followed> steps) {
        return new CompareResponse(from, to, coverageBasis, coverage, coreTasks, List.copyOf(steps));
    }

    public record CoreTaskComparison(
            String code,
            String title,
            String part,
            int matched,
            int total,
            double fraction,
            List<CarriedOver> carriedOver,
            List<WorkProcessRef> remaining) {}

    /** A work process of {@code to} that carries over, with the work process(es) of {@code from} it comes from. */
    public record CarriedOver(String id, String code, String title, List<Evidence> evidence) {}
}
