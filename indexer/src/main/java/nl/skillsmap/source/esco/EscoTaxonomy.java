package nl.skillsmap.source.esco;

import java.util.List;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Skill;

/**
 * Everything read from one ESCO CSV download.
 *
 * @param warnings what was read but left out or filled in from a less preferred language, for the build summary
 */
public record EscoTaxonomy(
        List<Occupation> occupations, List<Skill> skills, List<IscoGroup> iscoGroups, List<String> warnings) {

    public EscoTaxonomy {
        occupations = List.copyOf(occupations);
        skills = List.copyOf(skills);
        iscoGroups = List.copyOf(iscoGroups);
        warnings = List.copyOf(warnings);
    }
}
