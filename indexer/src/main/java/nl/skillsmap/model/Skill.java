package nl.skillsmap.model;

import java.util.List;
import java.util.Objects;

/**
 * A named skill or knowledge item of a taxonomy (ESCO or CompetentNL).
 *
 * @param label        preferred label in the preferred language available
 * @param language     language of {@code label} ({@code nl}, {@code en})
 * @param altLabels    alternative labels in that language
 * @param hiddenLabels hidden labels (search-only) in that language
 * @param kind         {@code skill/competence}, {@code knowledge}, {@code humancapability}, ...
 */
public record Skill(
        String uri,
        String label,
        String language,
        List<String> altLabels,
        List<String> hiddenLabels,
        String kind,
        String description,
        Provenance provenance) {

    /** {@link #kind} of an item one knows rather than does ("verkeerswetgeving", "mechanische componenten"). */
    public static final String KNOWLEDGE = "knowledge";

    public Skill {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(label, "label");
        altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
        hiddenLabels = hiddenLabels == null ? List.of() : List.copyOf(hiddenLabels);
    }
}
