package nl.skillsmap.search.match;

import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks whole qualifications for one phrase by BM25 over their profile ({@link IndexSchema#PROFILE}: description,
 * core tasks, work processes, skills, linked ESCO occupation). Work processes are short and people describe the
 * same work in other words; the profile catches a phrase whose words are spread over a qualification's text
 * ("kassa en geldafhandeling" against "afrekensysteem", "geldadministratie"). Strength is the score relative to
 * what a profile of average length saying each of the phrase's terms once would score (the phrase's own weight),
 * capped at 1: it reads as "how much of the phrase this qualification says", so a phrase nothing matches well
 * does not hand its full weight to whatever matches it weakly, and every phrase weighs the same in a ranking that
 * sums over phrases.
 */
final class ProfileSearch {

    /** Lucene's default BM25 k1, which the index searcher scores with. */
    private static final double K1 = 1.2;

    private final Analyzer analyzer;

    ProfileSearch(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One qualification a phrase reached: relative strength and the person's words that its profile holds. */
    record Hit(String crebo, double strength, List<String> words) {
    }

    List<Hit> search(IndexSearcher searcher, String phrase) {
        Map<String, Set<String>> wordsByTerm = wordsByTerm(phrase);
        if (wordsByTerm.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        wordsByTerm.keySet().forEach(t -> terms.add(new TermQuery(new Term(IndexSchema.PROFILE, t)),
                BooleanClause.Occur.SHOULD));
        Query query = new BooleanQuery.Builder()
                .add(terms.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(IndexSchema.typeTerm(DocType.QUALIFICATION)), BooleanClause.Occur.FILTER)
                .build();
        try {
            TopDocs top = searcher.search(query, MatchPolicy.PROFILE_CANDIDATES);
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
            double best = phraseWeight(searcher, wordsByTerm.keySet());
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                double strength = Math.min(1.0, sd.score / best);
                if (strength < MatchPolicy.MIN_PROFILE_STRENGTH) {
                    break;
                }
                String crebo = searcher.storedFields().document(sd.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID);
                hits.add(new Hit(crebo, Evidence.round(strength), matchedWords(searcher, weight, sd.doc,
                        wordsByTerm)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The BM25 score of a profile of average length that holds each term once: idf x 1 / (1 + k1) per term (Lucene's
     * BM25 with its default k1 = 1.2, b = 0.75).
     */
    private static double phraseWeight(IndexSearcher searcher, Set<String> terms) throws IOException {
        CollectionStatistics collection = searcher.collectionStatistics(IndexSchema.PROFILE);
        if (collection == null) {
            return Double.POSITIVE_INFINITY;
        }
        double weight = 0;
        for (String t : terms) {
            Term term = new Term(IndexSchema.PROFILE, t);
            int docFreq = searcher.getIndexReader().docFreq(term);
            if (docFreq > 0) {
                double idf = Math.log(1 + (collection.docCount() - docFreq + 0.5) / (docFreq + 0.5));
                weight += idf / (1 + K1);
            }
        }
        return weight == 0 ? Double.POSITIVE_INFINITY : weight;
    }

    /** The person's words whose terms occur in the document's profile, in the order they typed them. */
    private static List<String> matchedWords(IndexSearcher searcher, Weight weight, int doc,
                                             Map<String, Set<String>> wordsByTerm) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        Set<String> words = new LinkedHashSet<>();
        if (matches != null) {
            MatchesIterator it = matches.getMatches(IndexSchema.PROFILE);
            while (it != null && it.next()) {
                if (it.getQuery() instanceof TermQuery tq) {
                    words.addAll(wordsByTerm.getOrDefault(tq.getTerm().text(), Set.of()));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        for (Set<String> group : wordsByTerm.values()) {
            group.stream().filter(words::contains).filter(w -> !ordered.contains(w)).forEach(ordered::add);
        }
        return ordered;
    }

    /** Analysed term -> the typed words it came from (a compound gives its parts the whole word). */
    private Map<String, Set<String>> wordsByTerm(String phrase) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.PROFILE, phrase)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.computeIfAbsent(term.toString(), k -> new LinkedHashSet<>())
                        .add(phrase.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
