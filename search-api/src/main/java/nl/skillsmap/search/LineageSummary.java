package nl.skillsmap.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.skillsmap.model.Lineage;
import nl.skillsmap.model.Qualification;

/**
 * What a card or page says of a qualification code's place among the codes of the same qualification, so a person
 * and an advisor can tell which diploma is still offered: "voorheen crebo 25218", "vervangen door 25713 (instroom
 * tot 1 augustus 2022)", "vervallen".
 *
 * @param status      the code's own status: "current", "intakeEnded", "lapsed" or "unknown"
 * @param intakeUntil the date intake ended (yyyy-mm-dd), else null
 * @param successor   the code the data names as replacing it, else null
 * @param current     the code the lineage's card shows, when that is another code (a newer one), else null
 * @param formerCodes the older codes of the same qualification, in crebo order; may be empty
 * @param contentFrom the code whose work processes or skills are shown and counted, when the code shown has none
 *                    of its own, else null
 */
public record LineageSummary(
        String status, String intakeUntil, Code successor, Code current, List<Code> formerCodes, Code contentFrom) {

    public LineageSummary {
        formerCodes = List.copyOf(formerCodes);
    }

    /** A code named briefly. */
    public record Code(String crebo, String name, Integer level) {

        public static Code of(Qualification q) {
            return new Code(q.crebo(), q.name(), q.level());
        }
    }

    /** @param byCrebo the index's qualifications, to name the other codes */
    public static LineageSummary of(Qualification q, Function<String, Optional<Qualification>> byCrebo) {
        Lineage lineage = q.lineageOrAlone();
        Function<String, Code> code =
                crebo -> byCrebo.apply(crebo).map(Code::of).orElseGet(() -> new Code(crebo, null, null));
        List<Code> former = lineage.members().stream()
                .filter(other -> other.compareTo(q.crebo()) < 0)
                .map(code)
                .toList();
        return new LineageSummary(
                lineage.status().key(),
                lineage.intakeUntil() == null ? null : lineage.intakeUntil().toString(),
                lineage.successor() == null ? null : code.apply(lineage.successor()),
                lineage.id().equals(q.crebo()) ? null : code.apply(lineage.id()),
                former,
                null);
    }

    /** This summary for a card whose work processes or skills come from {@code described}. */
    public LineageSummary withContentFrom(Qualification described) {
        return new LineageSummary(status, intakeUntil, successor, current, formerCodes, Code.of(described));
    }
}
