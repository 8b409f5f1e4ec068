package nl.skillsmap.search.match;

import nl.skillsmap.model.Part;

/** The API's names of the parts of a qualification file, as the source data spells them. */
public final class PartNames {

    private PartNames() {}

    /** "basis", "profiel", or null when the source did not say. */
    public static String of(Part part) {
        return switch (part) {
            case BASIS -> "basis";
            case PROFILE -> "profiel";
            case UNKNOWN -> null;
        };
    }
}
