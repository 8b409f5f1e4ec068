package nl.skillsmap.model;

/** The language codes the records carry, and the one the Dutch analysis chain can read. */
public final class Languages {

    /** Dutch: labels and texts in it are read by the Dutch chain; others are kept but not matched by words. */
    public static final String DUTCH = "nl";

    private Languages() {}

    public static boolean isDutch(String language) {
        return DUTCH.equals(language);
    }
}
