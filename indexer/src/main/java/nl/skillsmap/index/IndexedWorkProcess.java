package nl.skillsmap.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.WorkProcess;

/**
 * A work process as stored in the index: the work process with the context a result row shows (its
 * qualification and core task), its equivalence group and its most similar work processes elsewhere.
 *
 * @param group   id of the group of equivalent work processes (the same work, possibly in other dossiers)
 * @param similar similar work processes of other qualifications, most similar first
 */
public record IndexedWorkProcess(
        // Stored flat, its provenance last (see provenance()): the JSON, and with it the content version, is the
        // same as when these fields were copies.
        @JsonUnwrapped @JsonIgnoreProperties(value = "provenance", allowSetters = true)
        WorkProcess workProcess,

        String crebo,
        String qualificationName,
        Integer level,
        String domain,
        String coreTaskCode,
        String coreTaskTitle,
        Part part,
        String group,
        List<SimilarWorkProcess> similar) {

    public IndexedWorkProcess {
        similar = similar == null ? List.of() : List.copyOf(similar);
    }

    /** A work process in its qualification and core task, with its group and neighbours. */
    static IndexedWorkProcess of(
            WorkProcess wp, CoreTask coreTask, Qualification q, String group, List<SimilarWorkProcess> similar) {
        return new IndexedWorkProcess(
                wp,
                q.crebo(),
                q.name(),
                q.level(),
                q.domain(),
                coreTask.code(),
                coreTask.title(),
                coreTask.part(),
                group,
                similar);
    }

    /** The work process's id, by which the index and every answer know it. */
    public String id() {
        return workProcess.id();
    }

    public String title() {
        return workProcess.title();
    }

    @JsonProperty("provenance")
    private Provenance storedProvenance() {
        return workProcess.provenance();
    }

    /** A neighbour computed at index time from the analysed titles. */
    public record SimilarWorkProcess(
            String id, String title, String crebo, String qualificationName, double similarity) {}
}
