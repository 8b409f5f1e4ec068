package nl.skillsmap.search.detail;

import java.util.List;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.model.QualificationFile;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.search.LineageSummary;

/**
 * Everything known about one qualification, with each work process's similar work elsewhere.
 *
 * @param lineage its status, the older codes it replaces, its successor and the lineage's current code
 */
public record QualificationDetail(
        String crebo,
        String name,
        Integer level,
        String domain,
        String sectorChamber,
        QualificationFile dossier,
        String description,
        List<String> learningPaths,
        String coverageBasis,
        List<CoreTaskDetail> coreTasks,
        List<SkillRef> skills,
        List<ElectiveDetail> electives,
        List<CertificateDetail> certificates,
        List<SourceDetail> sources,
        LineageSummary lineage) {

    public record CoreTaskDetail(
            String code, String title, String part, List<WorkProcessDetail> workProcesses, List<String> knowledge) {}

    /** @param similar similar work processes of other qualifications, most similar first */
    public record WorkProcessDetail(
            String id,
            String code,
            String title,
            String description,
            String result,
            String behaviour,
            List<IndexedWorkProcess.SimilarWorkProcess> similar) {}

    /** @param certificate true when it leads to an mbo-certificate, false when not, null when unknown */
    public record ElectiveDetail(String code, String title, Boolean certificate) {}

    public record CertificateDetail(String title, String type, String evidence) {}

    /** @param quality "official", "transcribed", "mined" or "compiled" */
    public record SourceDetail(String source, String file, String quality) {}
}
