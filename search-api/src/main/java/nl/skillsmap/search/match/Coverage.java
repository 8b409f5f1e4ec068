package nl.skillsmap.search.match;

/** How many of a qualification's (or occupation's) parts are matched: counted, never a rescaled score. */
public record Coverage(int matched, int total, double fraction) {

    public static Coverage of(int matched, int total) {
        return new Coverage(matched, total, total == 0 ? 0.0 : Evidence.round((double) matched / total));
    }
}
