package nl.skillsmap.model;

import java.util.Objects;

/**
 * An mbo-certificaat tied to a qualification.
 *
 * @param evidence the quoted source text that names the certificate
 */
public record Certificate(String title, String type, String evidence, Provenance provenance) {

    public Certificate {
        Objects.requireNonNull(title, "title");
    }
}
