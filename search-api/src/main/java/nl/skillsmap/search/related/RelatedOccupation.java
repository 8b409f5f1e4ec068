package nl.skillsmap.search.related;

import java.util.List;

/**
 * An occupation related to another by the work they share.
 *
 * @param score            relatedness, comparable within one ranking only
 * @param sharedSkillCount how many skills (essential or optional) both occupations list
 * @param sharedSkills     URIs of the shared skills, the most distinctive (rarest) first, at most {@link #SHOWN}
 */
public record RelatedOccupation(
        String uri, String label, String iscoGroup, double score, int sharedSkillCount, List<String> sharedSkills) {

    /** Shared skills named per related occupation; {@code sharedSkillCount} says how many there are in all. */
    public static final int SHOWN = 10;

    public RelatedOccupation {
        sharedSkills = List.copyOf(sharedSkills);
    }
}
