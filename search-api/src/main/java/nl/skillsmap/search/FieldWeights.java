package nl.skillsmap.search;

/**
 * How much a match in each searchable field counts (a Lucene query boost), for every search over the
 * title-labels-text fields: the one place these weights are set. Two searches read the fields for different
 * questions, so each has its row; their values were tuned separately and are kept as measured (making them equal
 * moves both rankings, which {@code SearchRankingTest} and the evaluation pin).
 *
 * @param titleExact a title word in the exact form typed (the folded, unstemmed title field)
 * @param title      a title word after stemming and compound splitting
 * @param labels     an alternative label (skills, occupations), a work process's core task, a dossier
 * @param text       the body: a description, a result, behaviour
 */
public record FieldWeights(float titleExact, float title, float labels, float text) {

    /**
     * Free-text search ({@code /search}): field scores add up, so an exact title word adds to its stemmed match;
     * the title leads, then the exact form, labels, and the body.
     */
    public static final FieldWeights FREE_TEXT = new FieldWeights(2.0f, 3.0f, 1.5f, 1.0f);

    /**
     * Matching a phrase to work processes and skills ({@code /match}): each word takes its best field (a
     * disjunction), so the exact title form must outweigh the stemmed title alone, and the body counts least
     * because work processes describe much that is not their work's name.
     */
    public static final FieldWeights PHRASE_MATCH = new FieldWeights(3.5f, 3.0f, 1.0f, 0.7f);
}
