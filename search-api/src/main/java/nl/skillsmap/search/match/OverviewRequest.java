package nl.skillsmap.search.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.skillsmap.search.Ids;
import nl.skillsmap.search.ValidationException;

/**
 * A person's profile read against one qualification, with their corrections: the profile fields of a
 * {@link MatchRequest} (activities, chosen work processes and skills, a held qualification or occupation), the work
 * processes of this qualification they say the words matched wrongly ({@code removed}) and those they do that the
 * words missed ({@code added}). An empty profile is allowed: then nothing is matched, and only what they add by
 * hand counts.
 */
public record OverviewRequest(
        List<String> activities,
        List<String> workProcesses,
        List<String> skills,
        String qualification,
        String occupation,
        List<String> removed,
        List<String> added) {

    /**
     * More corrections than any qualification has work processes (the largest has a few dozen): a request with more
     * is not a person's correction.
     */
    public static final int MAX_CORRECTIONS = 60;

    public OverviewRequest {
        activities = copy(activities);
        workProcesses = copy(workProcesses);
        skills = copy(skills);
        removed = copy(removed);
        added = copy(added);
    }

    /** The profile as a match request (without filters or a limit: an overview reads one qualification). */
    MatchRequest profile() {
        return new MatchRequest(activities, workProcesses, skills, qualification, occupation, null, null, null);
    }

    /** True when there is nothing to match: no activities, ids, held qualification or occupation. */
    boolean emptyProfile() {
        return activities.isEmpty()
                && workProcesses.isEmpty()
                && skills.isEmpty()
                && qualification == null
                && occupation == null;
    }

    /** The corrections stripped; refused when too many, blank, given twice, or both removed and added. */
    Corrections corrections() {
        List<String> cleanRemoved = ids("removed", removed);
        List<String> cleanAdded = ids("added", added);
        for (int i = 0; i < cleanAdded.size(); i++) {
            if (cleanRemoved.contains(cleanAdded.get(i))) {
                throw new ValidationException(
                        "added[" + i + "]",
                        "'" + cleanAdded.get(i) + "' is also in removed; a work process is either removed or added");
            }
        }
        return new Corrections(cleanRemoved, cleanAdded);
    }

    /** The work processes a person removed from the match and added by hand, checked for form (not yet for id). */
    record Corrections(List<String> removed, List<String> added) {}

    private static List<String> ids(String field, List<String> values) {
        if (values.size() > MAX_CORRECTIONS) {
            throw new ValidationException(
                    field, "at most " + MAX_CORRECTIONS + " work processes, not " + values.size());
        }
        List<String> result = new ArrayList<>(values.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String id = Ids.required(field + "[" + i + "]", values.get(i));
            if (!seen.add(id)) {
                throw new ValidationException(field + "[" + i + "]", "'" + id + "' is given twice");
            }
            result.add(id);
        }
        return List.copyOf(result);
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
