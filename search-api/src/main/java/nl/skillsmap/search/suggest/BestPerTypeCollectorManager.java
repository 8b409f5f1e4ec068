package nl.skillsmap.search.suggest;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.skillsmap.index.DocType;
import nl.skillsmap.search.index.DocumentRows;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * The best {@code n} matching documents of each type in one pass: one Lucene top-k per type, each fed only the
 * documents of its type.
 */
final class BestPerTypeCollectorManager
        implements CollectorManager<BestPerTypeCollectorManager.BestPerType, Map<DocType, List<ScoreDoc>>> {

    private static final DocType[] TYPES = DocType.values();

    private final DocumentRows rows;
    private final TopFieldCollectorManager[] perType = new TopFieldCollectorManager[TYPES.length];

    BestPerTypeCollectorManager(DocumentRows rows, int n) {
        this.rows = rows;
        for (DocType type : TYPES) {
            // Every hit counted: one type's top-k must not raise the minimum score the shared scorer skips below.
            perType[type.ordinal()] = new TopFieldCollectorManager(DocumentRows.RANKING, n, null, Integer.MAX_VALUE);
        }
    }

    @Override
    public BestPerType newCollector() throws IOException {
        TopFieldCollector[] collectors = new TopFieldCollector[TYPES.length];
        for (int t = 0; t < collectors.length; t++) {
            collectors[t] = perType[t].newCollector();
        }
        return new BestPerType(collectors);
    }

    @Override
    public Map<DocType, List<ScoreDoc>> reduce(Collection<BestPerType> collectors) throws IOException {
        Map<DocType, List<ScoreDoc>> best = new EnumMap<>(DocType.class);
        for (DocType type : TYPES) {
            int t = type.ordinal();
            best.put(
                    type,
                    Arrays.asList(perType[t].reduce(
                                    collectors.stream().map(c -> c.byType[t]).toList())
                            .scoreDocs));
        }
        return best;
    }

    final class BestPerType implements Collector {

        /** By {@link DocType#ordinal()}. */
        private final TopFieldCollector[] byType;

        BestPerType(TopFieldCollector[] byType) {
            this.byType = byType;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            rows.checkLeaf(context);
            LeafCollector[] leaves = new LeafCollector[byType.length];
            for (int t = 0; t < leaves.length; t++) {
                leaves[t] = byType[t].getLeafCollector(context);
            }
            int docBase = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    for (LeafCollector leaf : leaves) {
                        leaf.setScorer(scorer);
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    leaves[rows.type(docBase + doc).ordinal()].collect(doc);
                }
            };
        }
    }
}
