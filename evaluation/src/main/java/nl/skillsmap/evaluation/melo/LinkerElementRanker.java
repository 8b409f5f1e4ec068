package nl.skillsmap.evaluation.melo;

import java.io.IOException;
import java.util.List;
import nl.skillsmap.index.OccupationLinker;
import org.apache.lucene.analysis.Analyzer;

/**
 * The index build's qualification-name linker ({@link OccupationLinker}) on a MELO set: one occupation or none per
 * query, its labels listed as the set's corpus elements. Success@1 is the share of names it links right.
 */
public final class LinkerElementRanker implements ElementRanker, AutoCloseable {

    private final OccupationLinker linker;
    private final LabelListing listing;

    public LinkerElementRanker(MeloSet set, Analyzer dutch) {
        this.linker = new OccupationLinker(ConceptIndex.occupations(set), dutch);
        this.listing = new LabelListing(set);
    }

    @Override
    public List<String> rank(String query, int depth) {
        return listing.elements(linker.link(query), depth);
    }

    @Override
    public void close() throws IOException {
        linker.close();
    }
}
