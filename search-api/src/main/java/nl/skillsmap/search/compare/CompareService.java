package nl.skillsmap.search.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.skillsmap.index.DocumentMapper;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.search.Ids;
import nl.skillsmap.search.NotFoundException;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.Coverage;
import nl.skillsmap.search.match.Evidence;
import nl.skillsmap.search.match.EvidenceBoard;
import nl.skillsmap.search.match.How;
import nl.skillsmap.search.match.PartNames;
import nl.skillsmap.search.match.QualificationRef;
import nl.skillsmap.search.match.Via;
import nl.skillsmap.search.match.WorkProcessRef;
import org.apache.lucene.search.IndexSearcher;

/**
 * Compares two qualifications from the point of view of someone holding the first: each work process of the
 * second carries over when the first has the same or similar work (index-time neighbours and equivalence groups,
 * as in matching a held qualification), with that evidence; the rest remains. The goal is the qualification as
 * offered now (a lapsed code is followed to its current code), and a code without content is read through its
 * lineage's best-described code ({@link LineageFollow}); the response says which codes were followed. Thread-safe.
 */
public final class CompareService {

    private final SkillsmapIndex index;

    public CompareService(SkillsmapIndex index) {
        this.index = index;
    }

    /**
     * @throws ValidationException when a crebo is missing or too long
     * @throws NotFoundException   when a crebo is not a known qualification
     */
    public CompareResponse compare(String fromCrebo, String toCrebo) {
        String fromId = Ids.required("from", fromCrebo);
        String toId = Ids.required("to", toCrebo);
        IndexSnapshot snapshot = index.acquire();
        try {
            IndexSearcher searcher = snapshot.searcher();
            Catalogue catalogue = snapshot.catalogue();
            List<LineageFollow.Followed> followed = new ArrayList<>();
            Qualification from = LineageFollow.content(catalogue, find(catalogue, fromId), followed);
            Qualification to = LineageFollow.goal(catalogue, find(catalogue, toId), followed);
            EvidenceBoard board = held(catalogue, from);
            CompareResponse compared = switch (to.coverageBasis()) {
                case WORK_PROCESSES -> byWorkProcesses(from, to, board);
                case SKILLS -> bySkills(from, to);
                case NONE ->
                    new CompareResponse(
                            QualificationRef.of(from),
                            QualificationRef.of(to),
                            "none",
                            Coverage.of(0, 0),
                            List.of(),
                            List.of());
            };
            return compared.followed(followed);
        } finally {
            index.release(snapshot);
        }
    }

    /** Everything the holder of {@code from} does, as evidence carried to similar work elsewhere. */
    static EvidenceBoard held(Catalogue catalogue, Qualification from) {
        EvidenceBoard board = new EvidenceBoard(catalogue);
        int input = 0;
        for (IndexedWorkProcess wp : catalogue.workProcessesOf(from.crebo())) {
            board.matchWorkProcess(
                    wp,
                    input++,
                    new Evidence(
                            from.crebo(),
                            How.HELD_QUALIFICATION,
                            List.of(),
                            1.0,
                            new Via(wp.id(), wp.title(), wp.crebo())),
                    How.HELD_QUALIFICATION);
        }
        return board;
    }

    private static CompareResponse byWorkProcesses(Qualification from, Qualification to, EvidenceBoard board) {
        List<CompareResponse.CoreTaskComparison> coreTasks = new ArrayList<>();
        int matched = 0;
        int total = 0;
        for (CoreTask ct : to.coreTasks()) {
            List<CompareResponse.CarriedOver> carried = new ArrayList<>();
            List<WorkProcessRef> remaining = new ArrayList<>();
            for (WorkProcess wp : ct.workProcesses()) {
                Map<Integer, Evidence> evidence = board.workProcessEvidence(wp.id());
                if (evidence.isEmpty()) {
                    remaining.add(new WorkProcessRef(wp.id(), wp.code(), wp.title()));
                } else {
                    carried.add(new CompareResponse.CarriedOver(
                            wp.id(), wp.code(), wp.title(), EvidenceBoard.sorted(evidence)));
                }
            }
            int size = ct.workProcesses().size();
            matched += carried.size();
            total += size;
            coreTasks.add(new CompareResponse.CoreTaskComparison(
                    ct.code(),
                    ct.title(),
                    PartNames.of(ct.part()),
                    carried.size(),
                    size,
                    Coverage.of(carried.size(), size).fraction(),
                    carried,
                    remaining));
        }
        return new CompareResponse(
                QualificationRef.of(from),
                QualificationRef.of(to),
                DocumentMapper.basisKey(to.coverageBasis()),
                Coverage.of(matched, total),
                coreTasks,
                List.of());
    }

    /** A qualification known only by skills: the share of its skills the other qualification lists too. */
    private static CompareResponse bySkills(Qualification from, Qualification to) {
        Set<String> held = from.skills().stream().map(SkillRef::uri).collect(Collectors.toSet());
        Set<String> needed = to.skills().stream().map(SkillRef::uri).collect(Collectors.toSet());
        long shared = needed.stream().filter(held::contains).count();
        return new CompareResponse(
                QualificationRef.of(from),
                QualificationRef.of(to),
                DocumentMapper.basisKey(to.coverageBasis()),
                Coverage.of((int) shared, needed.size()),
                List.of(),
                List.of());
    }

    static Qualification find(Catalogue catalogue, String crebo) {
        return catalogue.qualification(crebo).orElseThrow(() -> new NotFoundException("qualification", crebo));
    }
}
