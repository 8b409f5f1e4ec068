package nl.skillsmap.analysis;

/** How a query word matched a document word, best first: the order ranks evidence. */
public enum MatchKind {
    /** The same word after lower-casing and accent folding ("hygiëne" / "hygiene"). */
    EXACT("exact"),
    /** The same stem, another form ("bestellen" / "bestelt", "klant" / "klanten"). */
    STEM("stem"),
    /** A part of a compound on either side ("voorraadbeheer" / "voorraad", "klant" / "klantcontact"). */
    COMPOUND_PART("compoundPart"),
    /** A synonym of the query word from the ESCO labels ("kok" / "kokkin"). */
    SYNONYM("synonym");

    private final String label;

    MatchKind(String label) {
        this.label = label;
    }

    /** The name used in the API and shown to people. */
    public String label() {
        return label;
    }
}
