package nl.skillsmap.model;

import java.util.List;
import java.util.Objects;

/**
 * A keuzedeel (elective).
 *
 * @param certificate   true when it leads to an mbo-certificate, false when known not to, null when unknown
 * @param mentionedWith crebos of qualifications this elective is offered with
 */
public record Elective(
        String code, String title, Boolean certificate, List<String> mentionedWith, List<Provenance> provenance) {

    public Elective {
        Objects.requireNonNull(code, "code");
        mentionedWith = mentionedWith == null ? List.of() : List.copyOf(mentionedWith);
        provenance = provenance == null ? List.of() : List.copyOf(provenance);
    }
}
