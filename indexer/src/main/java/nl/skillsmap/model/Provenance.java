package nl.skillsmap.model;

import java.util.Objects;

/**
 * Where a record came from: the source id (e.g. {@code sbb-kd-xml}, {@code compiled:oer:talland}, {@code esco}),
 * the file it was read from, and how far it can be trusted.
 */
public record Provenance(String source, String file, Quality quality) {

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quality, "quality");
    }

    /** How authoritative a source is; declaration order is the order of precedence when sources disagree. */
    public enum Quality {
        /** Official publication (SBB export, ESCO download). */
        OFFICIAL,
        /** Transcribed by hand from an official publication. */
        TRANSCRIBED,
        /** Mined from derived documents (school exam plans); real but imperfect. */
        MINED,
        /** Compiled from several sources without a finer statement. */
        COMPILED;

        public static Quality parse(String value) {
            if (value == null) {
                return COMPILED;
            }
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "official" -> OFFICIAL;
                case "transcribed" -> TRANSCRIBED;
                case "mined" -> MINED;
                default -> COMPILED;
            };
        }
    }
}
