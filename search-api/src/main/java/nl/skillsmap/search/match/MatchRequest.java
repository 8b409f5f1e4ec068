package nl.skillsmap.search.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.skillsmap.search.Ids;
import nl.skillsmap.search.LineageSelection;
import nl.skillsmap.search.ValidationException;

/**
 * What a person tells about their work: activities in their own words, work processes and skills they picked,
 * a qualification they hold, an occupation they have; plus filters and a limit. Every part is optional, but at
 * least one input must be given. Lists may arrive with nulls from JSON; {@link #validated()} says what is wrong.
 *
 * @param levels  keep only qualifications of these mbo levels (1..4); empty keeps all
 * @param domains keep only qualifications of these domains (opleidingsdomein, case-insensitive); empty keeps all
 * @param limit   how many qualifications and occupations to return, 1..100, default 20
 * @param lineage "one" (the default): one card per qualification, showing its current code; "all": every code
 * @param current true: only current qualifications; default false
 */
public record MatchRequest(
        List<String> activities,
        List<String> workProcesses,
        List<String> skills,
        String qualification,
        String occupation,
        List<Integer> levels,
        List<String> domains,
        Integer limit,
        String lineage,
        Boolean current) {

    /**
     * The most activities a request may give, as sent and as read once its texts are split ({@link ActivityText}): one
     * limit, so a request already read reads the same again.
     */
    public static final int MAX_ACTIVITIES = 40;
    /** The longest activity the engine reads as one phrase: a longer text is read as the activities it names. */
    public static final int MAX_ACTIVITY_LENGTH = 200;
    /** The longest text one activity may hold (a pasted paragraph or list), split as {@link ActivityText} says. */
    public static final int MAX_TEXT_LENGTH = 2_000;

    public static final int MAX_IDS = 100;
    public static final int MAX_DOMAINS = 20;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public MatchRequest {
        activities = copy(activities);
        workProcesses = copy(workProcesses);
        skills = copy(skills);
        levels = copy(levels);
        domains = copy(domains);
    }

    /** A request of one card per qualification, whatever its status. */
    public MatchRequest(
            List<String> activities,
            List<String> workProcesses,
            List<String> skills,
            String qualification,
            String occupation,
            List<Integer> levels,
            List<String> domains,
            Integer limit) {
        this(activities, workProcesses, skills, qualification, occupation, levels, domains, limit, null, null);
    }

    /** Which codes of each qualification to show. */
    public LineageSelection lineageSelection() {
        return new LineageSelection(LineageSelection.ALL.equals(lineage), Boolean.TRUE.equals(current));
    }

    /** This request holding another qualification. */
    MatchRequest holding(String crebo) {
        return new MatchRequest(
                activities, workProcesses, skills, crebo, occupation, levels, domains, limit, lineage, current);
    }

    /** A request with activities only. */
    public static MatchRequest ofActivities(String... activities) {
        return new MatchRequest(List.of(activities), null, null, null, null, null, null, null);
    }

    /** The limit to apply: the given one, else the default. */
    public int effectiveLimit() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    /**
     * This request with each activity read as the activities it names ({@link ActivityText}) and ids stripped of
     * surrounding space, or the first problem found. A request so read reads the same again.
     */
    public MatchRequest validated() {
        if (activities.size() > MAX_ACTIVITIES) {
            throw new ValidationException("activities", "at most " + MAX_ACTIVITIES + " activities");
        }
        List<String> cleanActivities = activities(activities);
        List<String> cleanWorkProcesses = ids("workProcesses", workProcesses);
        List<String> cleanSkills = ids("skills", skills);
        String cleanQualification = Ids.optional("qualification", qualification);
        String cleanOccupation = Ids.optional("occupation", occupation);
        for (int i = 0; i < levels.size(); i++) {
            Integer level = levels.get(i);
            if (level == null || level < 1 || level > 4) {
                throw new ValidationException("levels[" + i + "]", "must be an mbo level from 1 to 4");
            }
        }
        if (domains.size() > MAX_DOMAINS) {
            throw new ValidationException("domains", "at most " + MAX_DOMAINS + " domains");
        }
        List<String> cleanDomains = texts("domains", domains, MAX_ACTIVITY_LENGTH);
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new ValidationException("limit", "must be from 1 to " + MAX_LIMIT);
        }
        if (lineage != null && !LineageSelection.ONE.equals(lineage) && !LineageSelection.ALL.equals(lineage)) {
            throw new ValidationException(
                    "lineage", "must be \"" + LineageSelection.ONE + "\" or \"" + LineageSelection.ALL + "\"");
        }
        if (cleanActivities.isEmpty()
                && cleanWorkProcesses.isEmpty()
                && cleanSkills.isEmpty()
                && cleanQualification == null
                && cleanOccupation == null) {
            throw new ValidationException(
                    "activities",
                    "give at least one of activities, workProcesses, skills, qualification or occupation");
        }
        return new MatchRequest(
                cleanActivities,
                cleanWorkProcesses,
                cleanSkills,
                cleanQualification,
                cleanOccupation,
                levels,
                cleanDomains,
                limit,
                lineage,
                current);
    }

    /**
     * Each activity read as the activities it names ({@link ActivityText}): a phrase as it is, a pasted text one
     * activity per line, list item and sentence.
     */
    private static List<String> activities(List<String> values) {
        List<String> result = new ArrayList<>();
        List<String> texts = texts("activities", values, MAX_TEXT_LENGTH);
        for (int i = 0; i < texts.size(); i++) {
            result.addAll(ActivityText.activities("activities[" + i + "]", texts.get(i), MAX_ACTIVITY_LENGTH));
        }
        if (result.size() > MAX_ACTIVITIES) {
            throw new ValidationException(
                    "activities",
                    "names " + result.size() + " activities once split at lines and sentences; at most "
                            + MAX_ACTIVITIES);
        }
        return List.copyOf(result);
    }

    private static List<String> texts(String field, List<String> values, int maxLength) {
        List<String> result = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String name = field + "[" + i + "]";
            if (value == null || value.isBlank()) {
                throw new ValidationException(name, "must not be empty");
            }
            if (value.length() > maxLength) {
                throw new ValidationException(name, "at most " + maxLength + " characters");
            }
            result.add(value.strip());
        }
        return List.copyOf(result);
    }

    private static List<String> ids(String field, List<String> values) {
        if (values.size() > MAX_IDS) {
            throw new ValidationException(field, "at most " + MAX_IDS + " ids");
        }
        return texts(field, values, Ids.MAX_LENGTH);
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
