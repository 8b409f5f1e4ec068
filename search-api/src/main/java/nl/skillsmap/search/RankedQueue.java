package nl.skillsmap.search;

import org.apache.lucene.util.PriorityQueue;

import java.util.Arrays;
import java.util.List;

/**
 * The best {@code n} documents seen so far, ranked by score and, among equal scores, by id (through the id order
 * of {@link DocumentRows}, so no id is read or compared as text while collecting).
 */
final class RankedQueue extends PriorityQueue<RankedQueue.Ranked> {

    /** A collected document: its score and its global doc id. */
    record Ranked(float score, int doc) {
    }

    private final DocumentRows rows;
    private final int n;

    RankedQueue(int n, DocumentRows rows) {
        super(n);
        this.n = n;
        this.rows = rows;
    }

    /** The least is the worst: the lowest score, and among equal scores the greatest id. */
    @Override
    protected boolean lessThan(Ranked a, Ranked b) {
        return worse(a.score(), a.doc(), b);
    }

    private boolean worse(float score, int doc, Ranked other) {
        if (score != other.score()) {
            return score < other.score();
        }
        return rows.idRank(doc) > rows.idRank(other.doc());
    }

    /** Keeps the document if it is among the best; most documents of a large result are not, and cost nothing. */
    void offer(float score, int doc) {
        if (n == 0 || (size() == n && worse(score, doc, top()))) {
            return;
        }
        insertWithOverflow(new Ranked(score, doc));
    }

    void offerAll(Iterable<Ranked> ranked) {
        for (Ranked r : ranked) {
            offer(r.score(), r.doc());
        }
    }

    /** Empties the queue into a list, best first. */
    List<Ranked> bestFirst() {
        Ranked[] best = new Ranked[size()];
        for (int i = best.length - 1; i >= 0; i--) {
            best[i] = pop();
        }
        return Arrays.asList(best);
    }
}
