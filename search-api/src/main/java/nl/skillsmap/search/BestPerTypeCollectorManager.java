package nl.skillsmap.search;

import nl.skillsmap.index.DocType;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The best {@code n} matching documents of each type (score, then id), in one pass. */
final class BestPerTypeCollectorManager implements CollectorManager<BestPerTypeCollectorManager.BestPerType,
        Map<DocType, List<RankedQueue.Ranked>>> {

    private final DocumentRows rows;
    private final int n;

    BestPerTypeCollectorManager(DocumentRows rows, int n) {
        this.rows = rows;
        this.n = n;
    }

    @Override
    public BestPerType newCollector() {
        return new BestPerType();
    }

    @Override
    public Map<DocType, List<RankedQueue.Ranked>> reduce(Collection<BestPerType> collectors) {
        Map<DocType, List<RankedQueue.Ranked>> best = new EnumMap<>(DocType.class);
        for (DocType type : DocType.values()) {
            RankedQueue merged = new RankedQueue(n, rows);
            collectors.forEach(c -> merged.offerAll(c.queues[type.ordinal()]));
            best.put(type, merged.bestFirst());
        }
        return best;
    }

    final class BestPerType implements Collector {

        /** By {@link DocType#ordinal()}. */
        private final RankedQueue[] queues = new RankedQueue[DocType.values().length];

        BestPerType() {
            for (int t = 0; t < queues.length; t++) {
                queues[t] = new RankedQueue(n, rows);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            rows.checkLeaf(context);
            int docBase = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    int global = docBase + doc;
                    queues[rows.type(global).ordinal()].offer(scorer.score(), global);
                }
            };
        }
    }
}
