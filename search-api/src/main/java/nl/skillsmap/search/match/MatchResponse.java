package nl.skillsmap.search.match;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.QualificationFile;
import nl.skillsmap.search.LineageSummary;

/**
 * The answer to a {@link MatchRequest}: what each input was understood as, the qualifications and occupations
 * that share the person's work, with counted coverage, evidence, gaps and certificates.
 */
public record MatchResponse(
        List<Understood> understood, List<QualificationMatch> qualifications, List<OccupationMatch> occupations) {

    /**
     * Missing work processes (or skills) named per core task in a summary: enough for a card to say what the gap
     * is about; the count says how many there are in all.
     */
    public static final int SUMMARY_MISSING_PARTS = 3;
    /** Missing essential skills named per occupation in a summary. */
    public static final int SUMMARY_MISSING_SKILLS = 5;

    /**
     * This answer as a results page first shows it: everything but the missing parts and skills, which are counted
     * in full and named only up to {@link #SUMMARY_MISSING_PARTS} per core task and {@link #SUMMARY_MISSING_SKILLS}
     * per occupation. Every list of missing parts and skills of an occupation or qualification with twenty core
     * tasks made up two thirds of a full answer (Sandra's: 103 of 147 KB).
     */
    public MatchResponse summary() {
        return new MatchResponse(
                understood,
                qualifications.stream()
                        .map(q -> q.withMissingUpTo(SUMMARY_MISSING_PARTS))
                        .toList(),
                occupations.stream()
                        .map(o -> o.withMissingSkillsUpTo(SUMMARY_MISSING_SKILLS))
                        .toList());
    }

    /** What one input resolved to, so a person can see and correct how they were read. */
    /**
     * What one input was understood as.
     *
     * @param occupation for an activity in which the person names their job ("Ik werk als kassamedewerker"), the
     *                   ESCO occupation named, whose essential skills then count as done; absent otherwise
     */
    public record Understood(
            String input,
            InputKind kind,
            List<UnderstoodWorkProcess> workProcesses,
            List<UnderstoodSkill> skills,
            NamedOccupation occupation) {}

    /** An ESCO occupation an activity names. */
    public record NamedOccupation(String uri, String label) {}

    public record UnderstoodWorkProcess(
            String id, String title, String crebo, String qualificationName, double strength, How how) {}

    public record UnderstoodSkill(String uri, String label, double strength, How how) {}

    /**
     * A qualification sharing the person's work.
     *
     * @param coverageBasis "workProcesses", or "skills" for a qualification known only by its skills; then
     *                      {@code shared} and {@code missing} list skills (id = skill URI) and coreTasks is empty
     * @param score         the sum over the person's inputs of the strongest evidence each has here (evidence
     *                      through a skill weighted by how distinctive that skill is among qualifications)
     * @param certificates  only when something is missing: certificates and certificate electives that can cover
     *                      part of the gap
     * @param lineage       its status and the other codes of the same qualification; when the work processes or
     *                      skills counted are another code's, {@code lineage.contentFrom} names that code
     */
    public record QualificationMatch(
            String crebo,
            String name,
            Integer level,
            String domain,
            QualificationFile dossier,
            String coverageBasis,
            Coverage coverage,
            double score,
            List<CoreTaskCoverage> coreTasks,
            List<SharedPart> shared,
            List<MissingGroup> missing,
            List<CertificateOption> certificates,
            List<Evidence> profileEvidence,
            LineageSummary lineage) {

        /**
         * This match as the card of {@code shown}, the current code of its lineage: named as that code, with this
         * match's work processes or skills, said to come from the code they belong to.
         */
        QualificationMatch asCardOf(
                Qualification shown, Qualification content, Function<String, Optional<Qualification>> byCrebo) {
            if (shown.crebo().equals(crebo)) {
                return this;
            }
            return new QualificationMatch(
                    shown.crebo(),
                    shown.name(),
                    shown.level(),
                    shown.domain(),
                    shown.dossier(),
                    coverageBasis,
                    coverage,
                    score,
                    coreTasks,
                    shared,
                    missing,
                    certificates,
                    profileEvidence,
                    LineageSummary.of(shown, byCrebo).withContentFrom(content));
        }

        QualificationMatch withMissingUpTo(int named) {
            return new QualificationMatch(
                    crebo,
                    name,
                    level,
                    domain,
                    dossier,
                    coverageBasis,
                    coverage,
                    score,
                    coreTasks,
                    shared,
                    missing.stream().map(group -> group.upTo(named)).toList(),
                    certificates,
                    profileEvidence,
                    lineage);
        }
    }

    /** Coverage of one core task, counted from its work processes. */
    public record CoreTaskCoverage(String code, String title, String part, int matched, int total, double fraction) {}

    /** A work process (or, for a skills basis, a skill) the person already covers, with its evidence. */
    public record SharedPart(String id, String code, String title, String coreTask, List<Evidence> evidence) {}

    /**
     * The work processes (or skills) of one core task the person does not cover yet.
     *
     * @param count         how many are missing in this core task
     * @param workProcesses the missing ones, in the qualification's order: all of them, or in a
     *                      {@link MatchResponse#summary()} the first few
     */
    public record MissingGroup(CoreTaskRef coreTask, int count, List<WorkProcessRef> workProcesses) {

        public MissingGroup(CoreTaskRef coreTask, List<WorkProcessRef> workProcesses) {
            this(coreTask, workProcesses.size(), workProcesses);
        }

        MissingGroup upTo(int named) {
            return workProcesses.size() <= named
                    ? this
                    : new MissingGroup(coreTask, count, List.copyOf(workProcesses.subList(0, named)));
        }
    }

    /**
     * A way to certify part of a gap: an mbo-certificate of the qualification ({@code kind} "certificate"), or an
     * elective ({@code kind} "elective") leading to one ({@code certificate} true) or not known to
     * ({@code certificate} null, said so in {@code evidence}).
     */
    public record CertificateOption(String title, String kind, String code, String evidence, Boolean certificate) {}

    /**
     * An occupation sharing essential skills or words of its profile with what the person does.
     *
     * @param missingSkillCount how many essential skills the person does not have yet
     * @param missingSkills     those skills: all of them, or in a {@link MatchResponse#summary()} the first few
     */
    public record OccupationMatch(
            String uri,
            String id,
            String label,
            String iscoGroup,
            double score,
            Coverage coverage,
            List<SharedSkill> sharedSkills,
            int missingSkillCount,
            List<SkillLabel> missingSkills,
            List<Evidence> profileEvidence) {

        public OccupationMatch(
                String uri,
                String id,
                String label,
                String iscoGroup,
                double score,
                Coverage coverage,
                List<SharedSkill> sharedSkills,
                List<SkillLabel> missingSkills,
                List<Evidence> profileEvidence) {
            this(
                    uri,
                    id,
                    label,
                    iscoGroup,
                    score,
                    coverage,
                    sharedSkills,
                    missingSkills.size(),
                    missingSkills,
                    profileEvidence);
        }

        OccupationMatch withMissingSkillsUpTo(int named) {
            return missingSkills.size() <= named
                    ? this
                    : new OccupationMatch(
                            uri,
                            id,
                            label,
                            iscoGroup,
                            score,
                            coverage,
                            sharedSkills,
                            missingSkillCount,
                            List.copyOf(missingSkills.subList(0, named)),
                            profileEvidence);
        }
    }

    public record SharedSkill(String uri, String label, List<Evidence> evidence) {}

    public record SkillLabel(String uri, String label) {}
}
