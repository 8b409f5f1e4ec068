package nl.skillsmap.model;

import java.util.Objects;

/**
 * One code of the crebo register: a qualification, a qualification file (dossier), or a historic programme that
 * the register assigns to the qualification file that carries its work on today. The register is how the names
 * people and employers still use ("Magazijnmedewerker", "Telefonist/receptionist") reach the qualifications that
 * replaced them.
 *
 * @param level        the mbo level 1-4, or null (qualification files have none)
 * @param dossierCrebo the current qualification file the code belongs to, or null
 */
public record RegisterEntry(String crebo, String name, Integer level, Kind kind, String dossierCrebo) {

    public RegisterEntry {
        Objects.requireNonNull(crebo, "crebo");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind {
        /** A qualification (kwalificatie) of the current or an earlier structure. */
        QUALIFICATION,
        /** A qualification file (kwalificatiedossier). */
        QUALIFICATION_FILE,
        /** A programme of before the qualification structure (historic opleiding). */
        HISTORIC_PROGRAMME,
        /** Anything else the register lists (domains, unknown codes). */
        OTHER;

        /** The register's {@code code_kind} value; unknown values are {@link #OTHER}. */
        public static Kind parse(String value) {
            return switch (value) {
                case "kwalificatie" -> QUALIFICATION;
                case "kwalificatiedossier" -> QUALIFICATION_FILE;
                case "historic-opleiding" -> HISTORIC_PROGRAMME;
                default -> OTHER;
            };
        }
    }
}
