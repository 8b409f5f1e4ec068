package nl.skillsmap.source.esco;

import java.util.Objects;

/**
 * An ISCO-08 group as ESCO publishes it, to name the group an occupation belongs to.
 *
 * @param code     the ISCO code, 1 to 4 digits ({@code 5223})
 * @param language the language of {@code label}
 */
public record IscoGroup(String code, String uri, String label, String language) {

    public IscoGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(label, "label");
    }
}
