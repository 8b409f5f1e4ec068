package nl.skillsmap.model;

import java.util.List;
import java.util.Objects;

/**
 * A kerntaak with its work processes.
 *
 * @param code      e.g. {@code B1-K1}; null when the source gives none
 * @param title     may be null for mined core tasks whose title could not be read
 * @param knowledge vakkennis en vaardigheden items of this core task (official XML only), plain text
 */
public record CoreTask(String code, String title, Part part, List<WorkProcess> workProcesses, List<String> knowledge) {

    public CoreTask {
        Objects.requireNonNull(part, "part");
        workProcesses = List.copyOf(workProcesses);
        knowledge = knowledge == null ? List.of() : List.copyOf(knowledge);
    }
}
