package nl.skillsmap.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ESCO occupation.
 *
 * @param code            the ESCO code (ISCO based, e.g. {@code 5223.1})
 * @param iscoGroup       the ISCO-08 unit group code (e.g. {@code 5223})
 * @param essentialSkills URIs of essential skills, in source order
 * @param optionalSkills  URIs of optional skills, in source order
 */
public record Occupation(
        String uri,
        String code,
        String iscoGroup,
        String label,
        String language,
        List<String> altLabels,
        List<String> hiddenLabels,
        String description,
        List<String> essentialSkills,
        List<String> optionalSkills,
        Provenance provenance) {

    public Occupation {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(label, "label");
        altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
        hiddenLabels = hiddenLabels == null ? List.of() : List.copyOf(hiddenLabels);
        essentialSkills = essentialSkills == null ? List.of() : List.copyOf(essentialSkills);
        optionalSkills = optionalSkills == null ? List.of() : List.copyOf(optionalSkills);
    }

    /**
     * The labels people are shown: the preferred one, then the alternative ones in order, each once. Hidden labels
     * (misspellings and other forms ESCO keeps for finding) are not among them.
     */
    public List<String> shownLabels() {
        Set<String> labels = new LinkedHashSet<>();
        labels.add(label);
        labels.addAll(altLabels);
        return List.copyOf(labels);
    }
}
