package nl.skillsmap.model;

import java.time.LocalDate;

/**
 * What the sources say of a code's place in time: when it became valid, and what SBB's crebo list of 01-08-2022
 * says of it (valid then, or intake ended on a date and replaced by a successor). Raw facts as read; the
 * {@link Lineage} the index builder derives from them is checked against the whole structure.
 *
 * @param validFrom   the date it became valid, null when no source gives one (only 2015 codes have one)
 * @param successor   the crebo the 2022 list says replaces it, null when none is named
 * @param intakeUntil the date intake ended, null when it has not (or no source says)
 * @param list2022    where the 2022 list puts it, null when on neither of its lists (lapsed before 2022, or
 *                    established after it)
 */
public record Succession(LocalDate validFrom, String successor, LocalDate intakeUntil, List2022 list2022) {

    /** Nothing known: no date, no successor, on no list. */
    public static final Succession UNKNOWN = new Succession(null, null, null, null);

    /** The two lists of SBB's crebo list of 01-08-2022. */
    public enum List2022 {
        /** On its list of qualifications valid from 01-08-2022. */
        VALID,
        /** On its list of lapsed qualifications, whose intake ended. */
        INTAKE_ENDED
    }
}
