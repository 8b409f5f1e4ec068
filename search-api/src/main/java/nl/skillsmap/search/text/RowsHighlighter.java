package nl.skillsmap.search.text;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.search.index.DocumentRows;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The unified highlighter with match offsets from the postings (titles and bodies are indexed with offsets) and
 * the texts from {@link DocumentRows} instead of the stored fields, so highlighting neither analyses nor
 * decompresses. A title is one passage; a body passage is whole sentences of about {@value #SNIPPET_LENGTH}
 * characters.
 */
public final class RowsHighlighter extends UnifiedHighlighter {
    // Thread-safe, as its superclass: one instance per snapshot serves every request on its searcher.

    private static final int SNIPPET_LENGTH = 160;
    /** Only the start of a long body is searched for a snippet; a match further on is shown by the title. */
    private static final int SCAN_LENGTH = 2_000;

    private final IndexSearcher searcher;
    private final DocumentRows rows;

    /** @param indexAnalyzer the chain the fields were indexed with, for fields without offsets (none here) */
    public RowsHighlighter(IndexSearcher searcher, DocumentRows rows, Analyzer indexAnalyzer) {
        super(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new SnippetFormatter())
                .withScorer(new CompactPassageScorer())
                // No passage when nothing matched in a field: the snippet then comes from the next field.
                .withMaxNoHighlightPassages(0)
                // Offsets of the query's terms per field; weight matches would build the whole query's weights
                // (every field, every clause) for each highlighted document.
                .withWeightMatches(false)
                .withMaxLength(SCAN_LENGTH));
        this.searcher = searcher;
        this.rows = rows;
    }

    /** The best passage of {@code field} in each document, null where nothing in it matched. */
    Snippet[] snippets(String field, Query query, int[] docs) throws IOException {
        Object[] found = highlightFieldsAsObjects(new String[] {field}, query, docs, new int[] {1})
                .get(field);
        return Arrays.copyOf(found, found.length, Snippet[].class);
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        if (IndexSchema.TITLE.equals(field)) {
            return new WholeBreakIterator();
        }
        // Sentences ended by full stops, joined up to about the snippet length: a character scan, where a
        // rule-based sentence iterator costs more than the rest of a search on long bodies.
        return LengthGoalBreakIterator.createClosestToLength(
                new CustomSeparatorBreakIterator('.'), SNIPPET_LENGTH, 0.5f);
    }

    /** The texts of every remaining document at once: they are in memory, there is nothing to batch. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            DocumentRows.Row row = rows.row(searcher, doc);
            CharSequence[] fieldValues = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                String text = switch (fields[f]) {
                    case IndexSchema.TITLE -> row.title();
                    case IndexSchema.TEXT -> row.text() == null ? "" : row.text();
                    default -> throw new IllegalArgumentException("no text of field " + fields[f] + " is kept");
                };
                // As the stored-field loader does: the highlighter looks at the first SCAN_LENGTH characters.
                fieldValues[f] = text.length() > SCAN_LENGTH ? text.substring(0, SCAN_LENGTH) : text;
            }
            values.add(fieldValues);
        }
        return values;
    }
}
