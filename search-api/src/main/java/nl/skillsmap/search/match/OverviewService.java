package nl.skillsmap.search.match;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.search.Ids;
import nl.skillsmap.search.LineageSummary;
import nl.skillsmap.search.NotFoundException;
import nl.skillsmap.search.ValidationException;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;

/**
 * The overview of one qualification for a person's employer or school ({@link Overview}): the profile is matched
 * exactly as {@code POST /match} matches it, and the qualification read against that evidence as a match card
 * reads it, so the overview shares the same work processes as the qualification's card; the person's corrections
 * are then applied on top, each marked. Thread-safe.
 */
public final class OverviewService {

    private final SkillsmapIndex index;
    private final MatchService matches;
    private final Clock clock;

    /** @param clock gives the overview's date, in the zone the date is told in */
    public OverviewService(SkillsmapIndex index, MatchService matches, Clock clock) {
        this.index = index;
        this.matches = matches;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException   when no qualification has this crebo
     * @throws ValidationException when the profile or the corrections break a limit or name an unknown id, or the
     *                             qualification has no work processes (the message names its lineage's
     *                             best-described code when that one has them)
     */
    public Overview overview(String crebo, OverviewRequest request) {
        String id = Ids.required("crebo", crebo);
        OverviewRequest.Corrections corrections = request.corrections();
        MatchRequest profile = request.emptyProfile() ? null : request.profile().validated();
        IndexSnapshot snapshot = index.acquire();
        try {
            Catalogue catalogue = snapshot.catalogue();
            Qualification q = catalogue.qualification(id).orElseThrow(() -> new NotFoundException("qualification", id));
            requireWorkProcesses(q, catalogue);
            checkOwnWorkProcesses(q, corrections);
            EvidenceBoard board = profile == null
                    ? new EvidenceBoard(catalogue)
                    : matches.resolve(snapshot, MatchService.withHeldContent(profile, catalogue))
                            .board();
            QualificationMatcher matcher = new QualificationMatcher(catalogue, snapshot.meanings());
            MatchResponse.QualificationMatch read = matcher.read(q, board);
            return overview(q, request, corrections, read, matcher, catalogue);
        } finally {
            index.release(snapshot);
        }
    }

    private Overview overview(
            Qualification q,
            OverviewRequest request,
            OverviewRequest.Corrections corrections,
            MatchResponse.QualificationMatch read,
            QualificationMatcher matcher,
            Catalogue catalogue) {
        Map<String, List<Evidence>> matched = new HashMap<>();
        read.shared().forEach(part -> matched.put(part.id(), part.evidence()));
        Set<String> removed = new HashSet<>(corrections.removed());
        Set<String> added = new HashSet<>(corrections.added());
        List<Overview.CoreTask> coreTasks = new ArrayList<>();
        List<MatchResponse.MissingGroup> remaining = new ArrayList<>();
        int shared = 0;
        int total = 0;
        for (CoreTask ct : q.coreTasks()) {
            List<Overview.WorkProcessLine> lines = new ArrayList<>();
            List<WorkProcessRef> gap = new ArrayList<>();
            for (WorkProcess wp : ct.workProcesses()) {
                List<Evidence> evidence = matched.getOrDefault(wp.id(), List.of());
                boolean isShared = added.contains(wp.id()) || (!evidence.isEmpty() && !removed.contains(wp.id()));
                lines.add(new Overview.WorkProcessLine(
                        wp.id(),
                        wp.code(),
                        wp.title(),
                        isShared ? Overview.WorkProcessLine.SHARED : Overview.WorkProcessLine.NOT_YET,
                        added.contains(wp.id()),
                        removed.contains(wp.id()) && !evidence.isEmpty(),
                        evidence));
                if (!isShared) {
                    gap.add(new WorkProcessRef(wp.id(), wp.code(), wp.title()));
                }
            }
            int sharedHere = lines.size() - gap.size();
            shared += sharedHere;
            total += lines.size();
            coreTasks.add(new Overview.CoreTask(
                    ct.code(), ct.title(), PartNames.of(ct.part()), sharedHere, lines.size(), lines));
            if (!gap.isEmpty()) {
                remaining.add(new MatchResponse.MissingGroup(new CoreTaskRef(ct.code(), ct.title()), gap));
            }
        }
        return new Overview(
                LocalDate.now(clock).toString(),
                new Overview.Qualification(
                        q.crebo(),
                        q.name(),
                        q.level(),
                        q.domain(),
                        q.dossier(),
                        LineageSummary.of(q, catalogue::qualification)),
                new Overview.Profile(
                        request.activities().stream().map(String::strip).toList(),
                        request.workProcesses(),
                        request.skills(),
                        request.qualification(),
                        request.occupation()),
                new Overview.Corrections(corrections.removed(), corrections.added()),
                Coverage.of(shared, total),
                coreTasks,
                remaining,
                remaining.isEmpty() ? List.of() : matcher.certificates(q),
                Overview.Confirmation.PRAKTIJKVERKLARING);
    }

    /** A praktijkverklaring states work processes: a code known only by name or by skills has none to state. */
    private static void requireWorkProcesses(Qualification q, Catalogue catalogue) {
        if (q.coverageBasis() == Qualification.CoverageBasis.WORK_PROCESSES) {
            return;
        }
        String known = q.coverageBasis() == Qualification.CoverageBasis.SKILLS
                ? "only its skills are known"
                : "only its name and level are known";
        String reason = q.crebo() + " (" + q.name() + ") has no work processes in the data (" + known + ")";
        Optional<Qualification> described = catalogue
                .qualification(q.lineageOrAlone().described())
                .filter(d -> !d.crebo().equals(q.crebo()))
                .filter(d -> d.coverageBasis() == Qualification.CoverageBasis.WORK_PROCESSES);
        if (described.isEmpty()) {
            throw new ValidationException("crebo", reason + "; no code of its lineage has work processes either");
        }
        Qualification d = described.get();
        throw new ValidationException(
                "crebo",
                reason + "; its lineage's best-described code is " + d.crebo() + " (" + d.name()
                        + "): make the overview of that code",
                new ValidationException.Suggestion(d.crebo(), d.name()));
    }

    /** Corrections name work processes of this qualification; every one that does not is named at once. */
    private static void checkOwnWorkProcesses(Qualification q, OverviewRequest.Corrections corrections) {
        Set<String> own = q.workProcesses().map(WorkProcess::id).collect(Collectors.toSet());
        for (String field : List.of("removed", "added")) {
            List<String> ids = field.equals("removed") ? corrections.removed() : corrections.added();
            List<String> foreign = ids.stream().filter(id -> !own.contains(id)).toList();
            if (!foreign.isEmpty()) {
                throw new ValidationException(
                        field,
                        "not work processes of " + q.crebo() + " (" + q.name() + "): "
                                + String.join(", ", foreign) + "; its work processes are listed by GET /qualifications/"
                                + q.crebo());
            }
        }
    }
}
