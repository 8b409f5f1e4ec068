package nl.skillsmap.search.detail;

import java.util.List;
import nl.skillsmap.search.related.RelatedOccupation;

/**
 * An ESCO occupation with its skills by label, the qualifications that share its work and the occupations that
 * share its skills.
 */
public record OccupationDetail(
        String uri,
        String id,
        String label,
        String language,
        List<String> altLabels,
        String code,
        String iscoGroup,
        String description,
        List<SkillLabel> essentialSkills,
        List<SkillLabel> optionalSkills,
        List<RelatedQualification> relatedQualifications,
        List<RelatedOccupation> relatedOccupations) {

    /** @param label null when the index has no label for the skill */
    public record SkillLabel(String uri, String label) {}

    /** @param score the match score of the occupation's skills and labels against the qualification */
    public record RelatedQualification(String crebo, String name, Integer level, double score) {}
}
