package nl.skillsmap.search.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.skillsmap.index.DocumentMapper;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.search.Ids;
import nl.skillsmap.search.LineageSummary;
import nl.skillsmap.search.NotFoundException;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.MatchRequest;
import nl.skillsmap.search.match.MatchResponse;
import nl.skillsmap.search.match.MatchService;
import nl.skillsmap.search.match.PartNames;
import org.apache.lucene.search.IndexSearcher;

/**
 * Qualification and occupation detail. An occupation's related qualifications are what matching its essential
 * skills and labels finds (the same engine as for a person who has that occupation). Thread-safe.
 */
public final class DetailService {

    /** How many related qualifications and related occupations an occupation lists. */
    public static final int RELATED_QUALIFICATIONS = 10;

    public static final int RELATED_OCCUPATIONS = 10;

    private final SkillsmapIndex index;
    private final MatchService matches;

    public DetailService(SkillsmapIndex index) {
        this(index, new MatchService(index));
    }

    /** @param matches the match service the API serves, whose caches the occupation pages then share */
    public DetailService(SkillsmapIndex index, MatchService matches) {
        this.index = index;
        this.matches = matches;
    }

    /** @throws NotFoundException when no qualification has this crebo */
    public QualificationDetail qualification(String crebo) {
        String id = Ids.required("crebo", crebo);
        IndexSnapshot snapshot = index.acquire();
        try {
            IndexSearcher searcher = snapshot.searcher();
            Catalogue catalogue = snapshot.catalogue();
            Qualification q = catalogue.qualification(id).orElseThrow(() -> new NotFoundException("qualification", id));
            List<QualificationDetail.CoreTaskDetail> coreTasks = new ArrayList<>();
            for (CoreTask ct : q.coreTasks()) {
                List<QualificationDetail.WorkProcessDetail> wps = new ArrayList<>();
                for (WorkProcess wp : ct.workProcesses()) {
                    List<IndexedWorkProcess.SimilarWorkProcess> similar = catalogue
                            .workProcess(wp.id())
                            .map(IndexedWorkProcess::similar)
                            .orElse(List.of());
                    wps.add(new QualificationDetail.WorkProcessDetail(
                            wp.id(), wp.code(), wp.title(), wp.description(), wp.result(), wp.behaviour(), similar));
                }
                coreTasks.add(new QualificationDetail.CoreTaskDetail(
                        ct.code(), ct.title(), PartNames.of(ct.part()), wps, ct.knowledge()));
            }
            return new QualificationDetail(
                    q.crebo(),
                    q.name(),
                    q.level(),
                    q.domain(),
                    q.sectorChamber(),
                    q.dossier(),
                    q.description(),
                    q.learningPaths(),
                    DocumentMapper.basisKey(q.coverageBasis()),
                    coreTasks,
                    q.skills(),
                    catalogue.electivesOf(q).stream()
                            .map(e -> new QualificationDetail.ElectiveDetail(e.code(), e.title(), e.certificate()))
                            .toList(),
                    q.certificates().stream()
                            .map(c -> new QualificationDetail.CertificateDetail(c.title(), c.type(), c.evidence()))
                            .toList(),
                    q.provenance().stream().map(DetailService::source).toList(),
                    LineageSummary.of(q, catalogue::qualification));
        } finally {
            index.release(snapshot);
        }
    }

    /**
     * @param uriOrId the occupation's full ESCO URI or its last segment (the ESCO UUID)
     * @throws NotFoundException when no occupation has this URI or id
     */
    public OccupationDetail occupation(String uriOrId) {
        String id = Ids.required("id", uriOrId);
        IndexSnapshot snapshot = index.acquire();
        try {
            Catalogue catalogue = snapshot.catalogue();
            Occupation o = catalogue.occupationByUriOrId(id).orElseThrow(() -> new NotFoundException("occupation", id));
            List<OccupationDetail.SkillLabel> essential = o.essentialSkills().stream()
                    .distinct()
                    .map(uri -> new OccupationDetail.SkillLabel(uri, catalogue.skillLabel(uri)))
                    .toList();
            List<OccupationDetail.SkillLabel> optional = o.optionalSkills().stream()
                    .distinct()
                    .map(uri -> new OccupationDetail.SkillLabel(uri, catalogue.skillLabel(uri)))
                    .toList();
            MatchResponse related = matches.match(
                    snapshot, new MatchRequest(null, null, null, null, o.uri(), null, null, RELATED_QUALIFICATIONS));
            return new OccupationDetail(
                    o.uri(),
                    Catalogue.lastSegment(o.uri()),
                    o.label(),
                    o.language(),
                    o.altLabels(),
                    o.code(),
                    o.iscoGroup(),
                    o.description(),
                    essential,
                    optional,
                    related.qualifications().stream()
                            .map(m -> new OccupationDetail.RelatedQualification(
                                    m.crebo(), m.name(), m.level(), m.score()))
                            .toList(),
                    snapshot.relatedOccupations()
                            .related(o.uri(), RELATED_OCCUPATIONS)
                            .orElse(List.of()));
        } finally {
            index.release(snapshot);
        }
    }

    private static QualificationDetail.SourceDetail source(Provenance p) {
        return new QualificationDetail.SourceDetail(
                p.source(), p.file(), p.quality().name().toLowerCase(Locale.ROOT));
    }
}
