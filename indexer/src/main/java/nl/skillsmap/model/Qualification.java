package nl.skillsmap.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A kwalificatie (crebo): one diploma / occupation profile, with everything known about it and where each part
 * came from.
 *
 * @param level       mbo level 1-4, null when unknown
 * @param dossier     the qualification file, null when unknown
 * @param domain      opleidingsdomein, null when unknown
 * @param electives   electives (keuzedelen) tied to this qualification, code and title
 * @param provenance  every source that contributed, most authoritative first
 */
public record Qualification(String crebo, String name, Integer level, QualificationFile dossier, String domain,
                            String sectorChamber, List<String> learningPaths, String description,
                            List<CoreTask> coreTasks, List<SkillRef> skills, List<ElectiveRef> electives,
                            List<Certificate> certificates, List<Provenance> provenance) {

    public Qualification {
        Objects.requireNonNull(crebo, "crebo");
        Objects.requireNonNull(name, "name");
        learningPaths = learningPaths == null ? List.of() : List.copyOf(learningPaths);
        coreTasks = coreTasks == null ? List.of() : List.copyOf(coreTasks);
        skills = skills == null ? List.of() : List.copyOf(skills);
        electives = electives == null ? List.of() : List.copyOf(electives);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        provenance = provenance == null ? List.of() : List.copyOf(provenance);
    }

    /** All work processes of all core tasks, in document order. */
    public Stream<WorkProcess> workProcesses() {
        return coreTasks.stream().flatMap(ct -> ct.workProcesses().stream());
    }

    /**
     * The name as qualifications are told apart by: lower case, spaces collapsed. Codes of equal name keys (a 2015
     * crebo and its current successor) name the same work.
     */
    public String nameKey() {
        return nameKey(name);
    }

    /** The {@linkplain #nameKey() name key} of any qualification name. */
    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** What coverage of this qualification can be counted on: work processes, else skills, else nothing. */
    public CoverageBasis coverageBasis() {
        if (workProcesses().findAny().isPresent()) {
            return CoverageBasis.WORK_PROCESSES;
        }
        return skills.isEmpty() ? CoverageBasis.NONE : CoverageBasis.SKILLS;
    }

    /** What a qualification's coverage is counted in. */
    public enum CoverageBasis { WORK_PROCESSES, SKILLS, NONE }

    /** An elective as named for one qualification. */
    public record ElectiveRef(String code, String title) {
        public ElectiveRef {
            Objects.requireNonNull(code, "code");
        }
    }
}
