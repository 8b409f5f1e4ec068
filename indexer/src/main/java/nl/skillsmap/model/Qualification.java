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
 * @param succession  what the sources say of its validity and successor; never null
 * @param lineage     its place among the codes of the same qualification, derived by the index builder; null
 *                    before that
 */
public record Qualification(
        String crebo,
        String name,
        Integer level,
        QualificationFile dossier,
        String domain,
        String sectorChamber,
        List<String> learningPaths,
        String description,
        List<CoreTask> coreTasks,
        List<SkillRef> skills,
        List<ElectiveRef> electives,
        List<Certificate> certificates,
        List<Provenance> provenance,
        Succession succession,
        Lineage lineage) {

    public Qualification {
        Objects.requireNonNull(crebo, "crebo");
        Objects.requireNonNull(name, "name");
        succession = succession == null ? Succession.UNKNOWN : succession;
        learningPaths = learningPaths == null ? List.of() : List.copyOf(learningPaths);
        coreTasks = coreTasks == null ? List.of() : List.copyOf(coreTasks);
        skills = skills == null ? List.of() : List.copyOf(skills);
        electives = electives == null ? List.of() : List.copyOf(electives);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        provenance = provenance == null ? List.of() : List.copyOf(provenance);
    }

    /** A qualification of which nothing is known about its validity or successor, and no lineage yet. */
    public Qualification(
            String crebo,
            String name,
            Integer level,
            QualificationFile dossier,
            String domain,
            String sectorChamber,
            List<String> learningPaths,
            String description,
            List<CoreTask> coreTasks,
            List<SkillRef> skills,
            List<ElectiveRef> electives,
            List<Certificate> certificates,
            List<Provenance> provenance) {
        this(
                crebo,
                name,
                level,
                dossier,
                domain,
                sectorChamber,
                learningPaths,
                description,
                coreTasks,
                skills,
                electives,
                certificates,
                provenance,
                Succession.UNKNOWN,
                null);
    }

    /** This qualification with its succession as the sources give it. */
    public Qualification withSuccession(Succession succession) {
        return with(succession, lineage);
    }

    /** This qualification placed in its lineage. */
    public Qualification withLineage(Lineage lineage) {
        return with(succession, lineage);
    }

    private Qualification with(Succession succession, Lineage lineage) {
        return new Qualification(
                crebo,
                name,
                level,
                dossier,
                domain,
                sectorChamber,
                learningPaths,
                description,
                coreTasks,
                skills,
                electives,
                certificates,
                provenance,
                succession,
                lineage);
    }

    /** Its lineage, or, before the index builder derived one, a lineage of its own with an unknown status. */
    public Lineage lineageOrAlone() {
        return lineage != null ? lineage : Lineage.alone(crebo, Lineage.Status.UNKNOWN);
    }

    /** How many parts coverage is counted in: work processes, else skills (distinct), else none. */
    public int coverageSize() {
        return switch (coverageBasis()) {
            case WORK_PROCESSES -> (int) workProcesses().count();
            case SKILLS -> (int) skills.stream().map(SkillRef::uri).distinct().count();
            case NONE -> 0;
        };
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
    public enum CoverageBasis {
        WORK_PROCESSES,
        SKILLS,
        NONE
    }

    /** An elective as named for one qualification. */
    public record ElectiveRef(String code, String title) {
        public ElectiveRef {
            Objects.requireNonNull(code, "code");
        }
    }
}
