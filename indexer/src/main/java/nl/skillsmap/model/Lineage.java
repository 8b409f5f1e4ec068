package nl.skillsmap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A code's place among the codes of the same qualification, as the index builder derives it: its lineage (its
 * chain of successors, plus codes of the same qualification the data does not link), its own status, and which
 * code of the lineage a card shows.
 *
 * @param id           the crebo of the lineage's current code, the one its card shows; equal for all members
 * @param status       this code's own status
 * @param intakeUntil  when intake in this code ended, null when it has not (or no source says)
 * @param successor    the code the data names as replacing this one, when that link holds; else null
 * @param predecessors the codes this one replaces: those naming it as successor and older codes of the same
 *                     qualification, in crebo order
 * @param members      every code of the lineage, this one included, in crebo order
 * @param described    the best-described code of the lineage (most work processes, else most skills, else the
 *                     current code): whose content a card shows when the current code has none
 */
public record Lineage(
        String id,
        Status status,
        LocalDate intakeUntil,
        String successor,
        List<String> predecessors,
        List<String> members,
        String described) {

    public Lineage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
        members = members == null ? List.of() : List.copyOf(members);
        Objects.requireNonNull(described, "described");
    }

    /** The lineage of a code that has no other: itself, current or not as given. */
    public static Lineage alone(String crebo, Status status) {
        return new Lineage(crebo, status, null, null, List.of(), List.of(crebo), crebo);
    }

    /** A code's status, declared from the most to the least likely to be offered (rankings break ties so). */
    public enum Status {
        /** Offered: valid on the 2022 list, or established after it. */
        CURRENT,
        /** The sources do not say. */
        UNKNOWN,
        /** Intake ended on a date ({@link Lineage#intakeUntil()}), usually with a successor. */
        INTAKE_ENDED,
        /** No longer offered: lapsed before the 2022 list, or older than a code of its lineage that is current. */
        LAPSED;

        /** The JSON and index spelling: "current", "intakeEnded", "lapsed", "unknown". */
        public String key() {
            return switch (this) {
                case CURRENT -> "current";
                case INTAKE_ENDED -> "intakeEnded";
                case LAPSED -> "lapsed";
                case UNKNOWN -> "unknown";
            };
        }
    }
}
