package nl.skillsmap.model;

import java.util.Objects;

/**
 * A skill attached to a qualification (CompetentNL) or an occupation (ESCO), by URI with its label.
 *
 * @param kind      e.g. {@code humancapability}, {@code knowledgearea}, {@code skill/competence}, {@code knowledge}
 * @param relevance e.g. {@code essentieel}, {@code essential}, {@code optional}
 */
public record SkillRef(String uri, String label, String kind, String relevance) {

    public SkillRef {
        Objects.requireNonNull(uri, "uri");
    }
}
