package nl.skillsmap.search.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.search.Ids;
import nl.skillsmap.search.ValidationException;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.CoreTaskRef;
import nl.skillsmap.search.match.QualificationRef;
import org.apache.lucene.search.IndexSearcher;

/**
 * Finds what several qualifications have in common: the equivalence groups of work processes (the same work,
 * decided at index time from the analysed titles) present in at least two of them, most shared first, then in
 * the order the first qualification lists them. Each code is followed to the qualification as offered now, as in
 * {@link CompareService}. Thread-safe.
 */
public final class CommonService {

    public static final int MIN_QUALIFICATIONS = 2;
    public static final int MAX_QUALIFICATIONS = 10;

    private final SkillsmapIndex index;

    public CommonService(SkillsmapIndex index) {
        this.index = index;
    }

    /**
     * @throws ValidationException                  when fewer than 2 or more than 10 distinct crebos are given
     * @throws nl.skillsmap.search.NotFoundException when a crebo is not a known qualification
     */
    public CommonResponse common(List<String> crebos) {
        List<String> distinct = validated(crebos);
        IndexSnapshot snapshot = index.acquire();
        try {
            IndexSearcher searcher = snapshot.searcher();
            Catalogue catalogue = snapshot.catalogue();
            List<QualificationRef> qualifications = new ArrayList<>();
            Map<String, List<IndexedWorkProcess>> byGroup = new LinkedHashMap<>();
            List<LineageFollow.Followed> followed = new ArrayList<>();
            List<Qualification> compared = followed(catalogue, distinct, followed);
            for (Qualification q : compared) {
                qualifications.add(QualificationRef.of(q));
                for (IndexedWorkProcess wp : catalogue.workProcessesOf(q.crebo())) {
                    if (wp.group() != null) {
                        byGroup.computeIfAbsent(wp.group(), g -> new ArrayList<>())
                                .add(wp);
                    }
                }
            }
            List<CommonResponse.CommonPart> common = new ArrayList<>();
            for (List<IndexedWorkProcess> members : byGroup.values()) {
                Set<String> sharedBy = new LinkedHashSet<>();
                members.forEach(wp -> sharedBy.add(wp.crebo()));
                if (sharedBy.size() < MIN_QUALIFICATIONS) {
                    continue;
                }
                IndexedWorkProcess first = members.getFirst();
                common.add(new CommonResponse.CommonPart(
                        first.title(),
                        new CoreTaskRef(first.coreTaskCode(), first.coreTaskTitle()),
                        List.copyOf(sharedBy),
                        members.stream()
                                .map(wp -> new CommonResponse.CommonWorkProcess(
                                        wp.id(), wp.crebo(), wp.workProcess().code(), wp.title()))
                                .toList()));
            }
            // A stable sort keeps the first qualification's order among parts shared equally widely.
            common.sort(Comparator.comparingInt(
                            (CommonResponse.CommonPart p) -> p.sharedBy().size())
                    .reversed());
            return new CommonResponse(qualifications, common, followed);
        } finally {
            index.release(snapshot);
        }
    }

    /**
     * The codes to compare: each followed as a goal ({@link LineageFollow#goal}); when that would make two of
     * them one code (two codes of one qualification asked for), the codes as asked.
     */
    private static List<Qualification> followed(
            Catalogue catalogue, List<String> crebos, List<LineageFollow.Followed> notes) {
        List<Qualification> asked = crebos.stream()
                .map(crebo -> CompareService.find(catalogue, crebo))
                .toList();
        List<LineageFollow.Followed> steps = new ArrayList<>();
        List<Qualification> goals =
                asked.stream().map(q -> LineageFollow.goal(catalogue, q, steps)).toList();
        if (goals.stream().map(Qualification::crebo).distinct().count() < goals.size()) {
            return asked;
        }
        notes.addAll(steps);
        return goals;
    }

    private static List<String> validated(List<String> crebos) {
        if (crebos == null) {
            throw new ValidationException(
                    "crebo", "give " + MIN_QUALIFICATIONS + " to " + MAX_QUALIFICATIONS + " crebos");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < crebos.size(); i++) {
            distinct.add(Ids.required("crebo[" + i + "]", crebos.get(i)));
        }
        if (distinct.size() < MIN_QUALIFICATIONS || distinct.size() > MAX_QUALIFICATIONS) {
            throw new ValidationException(
                    "crebo",
                    "give " + MIN_QUALIFICATIONS + " to " + MAX_QUALIFICATIONS + " different crebos, got "
                            + distinct.size());
        }
        return List.copyOf(distinct);
    }
}
