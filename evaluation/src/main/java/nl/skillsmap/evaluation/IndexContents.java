package nl.skillsmap.evaluation;

import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.index.StoredJson;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.search.SkillsmapIndex;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The records an index stores, read back for baselines that must see exactly what the engine sees. */
public final class IndexContents {

    private IndexContents() {
    }

    public static List<Occupation> occupations(SkillsmapIndex index) throws IOException {
        List<Occupation> occupations = records(index, DocType.OCCUPATION, Occupation.class);
        occupations.sort(Comparator.comparing(Occupation::uri));
        return occupations;
    }

    public static List<Qualification> qualifications(SkillsmapIndex index) throws IOException {
        List<Qualification> qualifications = records(index, DocType.QUALIFICATION, Qualification.class);
        qualifications.sort(Comparator.comparing(Qualification::crebo));
        return qualifications;
    }

    private static <T> List<T> records(SkillsmapIndex index, DocType type, Class<T> recordType) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            TopDocs docs = searcher.search(new TermQuery(IndexSchema.typeTerm(type)),
                    Math.max(1, searcher.getIndexReader().maxDoc()));
            StoredFields stored = searcher.storedFields();
            List<T> records = new ArrayList<>(docs.scoreDocs.length);
            for (ScoreDoc doc : docs.scoreDocs) {
                records.add(StoredJson.read(
                        stored.document(doc.doc, Set.of(IndexSchema.JSON)).getBinaryValue(IndexSchema.JSON).bytes,
                        recordType));
            }
            return records;
        } finally {
            index.release(searcher);
        }
    }
}
