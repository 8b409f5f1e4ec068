package nl.skillsmap.index;

import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;

import java.util.List;

/**
 * A work process as stored in the index: the work process with the context a result row shows (its
 * qualification and core task), its equivalence group and its most similar work processes elsewhere.
 *
 * @param group   id of the group of equivalent work processes (the same work, possibly in other dossiers)
 * @param similar similar work processes of other qualifications, most similar first
 */
public record IndexedWorkProcess(String id, String code, String title, String description, String result,
                                 String behaviour, String crebo, String qualificationName, Integer level,
                                 String domain, String coreTaskCode, String coreTaskTitle, Part part, String group,
                                 List<SimilarWorkProcess> similar, Provenance provenance) {

    public IndexedWorkProcess {
        similar = similar == null ? List.of() : List.copyOf(similar);
    }

    /** A neighbour computed at index time from the analysed titles. */
    public record SimilarWorkProcess(String id, String title, String crebo, String qualificationName,
                                     double similarity) {
    }
}
