package nl.skillsmap.search.spelling;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * "cashier" -> "kassamedewerker": the Dutch labels of the ESCO occupations and skills that have the whole text as
 * one of their English labels ({@link IndexSchema#ENGLISH_LABEL}). ESCO gives a concept one URI in every language,
 * so the pointer comes from ESCO's own translation, not from a word list. Occupations come first: a person who
 * types an English job title means the job.
 */
final class EnglishLabels {

    /** Concepts looked at per text: an English label is shared by a handful of concepts at most. */
    private static final int MAX_CONCEPTS = 20;

    List<String> dutchLabels(IndexSearcher searcher, String text, int limit) throws IOException {
        String key = IndexSchema.englishKey(text);
        if (key.isEmpty()) {
            return List.of();
        }
        ScoreDoc[] hits =
                searcher.search(new TermQuery(new Term(IndexSchema.ENGLISH_LABEL, key)), MAX_CONCEPTS).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<Concept> concepts = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            Document doc = stored.document(hit.doc, Set.of(IndexSchema.TITLE, IndexSchema.TYPE));
            boolean occupation = DocType.OCCUPATION.key().equals(doc.get(IndexSchema.TYPE));
            concepts.add(new Concept(doc.get(IndexSchema.TITLE), occupation, hit.doc));
        }
        concepts.sort(Comparator.comparing((Concept c) -> !c.occupation()).thenComparingInt(Concept::doc));
        Set<String> labels = new LinkedHashSet<>();
        for (Concept concept : concepts) {
            if (concept.title() != null && !concept.title().equalsIgnoreCase(text.strip())) {
                labels.add(concept.title());
            }
        }
        return labels.stream().limit(limit).toList();
    }

    private record Concept(String title, boolean occupation, int doc) {}
}
