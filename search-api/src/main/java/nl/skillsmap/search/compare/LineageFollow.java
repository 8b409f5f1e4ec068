package nl.skillsmap.search.compare;

import java.util.List;
import nl.skillsmap.model.Lineage;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.search.catalogue.Catalogue;

/**
 * How compare and common follow lineages. A goal is the qualification as offered now: a code that is no longer
 * offered (intake ended, or lapsed) is followed to its lineage's current code; a code that is current, or of
 * unknown status, is compared as asked. Any code without work processes or skills (a catalogue entry, often the
 * newest code) is read through its lineage's best-described code. Each step is said in a {@link Followed}.
 */
public final class LineageFollow {

    /** The reason a code was followed to the lineage's current code. */
    public static final String CURRENT = "current";
    /** The reason a code was read through the best-described code of its lineage. */
    public static final String CONTENT = "content";

    private LineageFollow() {}

    /**
     * A code asked for and the code used in its place.
     *
     * @param reason {@value #CURRENT}: the current code of the same qualification; {@value #CONTENT}: the code
     *               of the same qualification whose work processes or skills are known
     */
    public record Followed(String asked, String used, String reason) {}

    /**
     * The code to compare with for a goal: the current code when the asked one is no longer offered, read through
     * its content; steps added to notes.
     */
    static Qualification goal(Catalogue catalogue, Qualification asked, List<Followed> notes) {
        Lineage.Status status = asked.lineageOrAlone().status();
        boolean offered = status == Lineage.Status.CURRENT || status == Lineage.Status.UNKNOWN;
        Qualification current = offered
                ? asked
                : catalogue.qualification(asked.lineageOrAlone().id()).orElse(asked);
        if (!current.crebo().equals(asked.crebo())) {
            notes.add(new Followed(asked.crebo(), current.crebo(), CURRENT));
        }
        return content(catalogue, current, notes);
    }

    /** The code to read a held qualification by: itself, or its lineage's best-described code when it has none. */
    static Qualification content(Catalogue catalogue, Qualification asked, List<Followed> notes) {
        if (asked.coverageBasis() != Qualification.CoverageBasis.NONE) {
            return asked;
        }
        Qualification described =
                catalogue.qualification(asked.lineageOrAlone().described()).orElse(asked);
        if (!described.crebo().equals(asked.crebo())) {
            notes.add(new Followed(asked.crebo(), described.crebo(), CONTENT));
        }
        return described;
    }
}
