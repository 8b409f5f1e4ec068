package nl.skillsmap.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.index.StoredJson;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.Skill;
import nl.skillsmap.search.LineageSummary;
import nl.skillsmap.search.text.SearchHit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.Bits;

/**
 * What result rows and suggestions show of every document, read once from the stored fields when the index is
 * opened, so that answering a request decompresses no stored fields. This is sound because an opened index never
 * changes (a rebuild is a new generation, opened as a new {@link IndexSnapshot}) and affordable because it is
 * small: a few megabytes for the whole structure and ESCO.
 *
 * <p>Rows are addressed by the doc ids of the reader they were read from; {@link #row(IndexSearcher, int)} checks
 * that the searcher is over that reader.
 */
public final class DocumentRows {

    private static final Set<String> FIELDS = Set.of(
            IndexSchema.ID,
            IndexSchema.TYPE,
            IndexSchema.TITLE,
            IndexSchema.TEXT,
            IndexSchema.LEVEL,
            IndexSchema.DOMAIN,
            IndexSchema.CREBO,
            IndexSchema.JSON);

    /**
     * One document as a row shows it.
     *
     * @param text          the stored body text, null when none
     * @param labels        further names shown as suggestions (alternative labels of skills and occupations)
     * @param crebo         for a work process or elective: the (first) qualification it belongs to
     * @param qualification for a work process: its qualification as the row names it; null otherwise
     * @param lineage       for a qualification: its place among the codes of the same qualification; else null
     */
    public record Row(
            DocType type,
            String id,
            String title,
            String text,
            Integer level,
            String domain,
            List<String> labels,
            String crebo,
            SearchHit.QualificationRef qualification,
            SearchHit.CoreTaskRef coreTask,
            LineageSummary lineage) {}

    /** Score, then id: a ranking that never depends on segment layout or timing. */
    public static final Sort RANKING =
            new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.ID, SortField.Type.STRING));

    private final IndexReader reader;
    private final Row[] rows;
    private final Map<String, SearchHit.QualificationRef> qualifications;

    private DocumentRows(IndexReader reader, Row[] rows, Map<String, SearchHit.QualificationRef> qualifications) {
        this.reader = reader;
        this.rows = rows;
        this.qualifications = qualifications;
    }

    /** Reads the rows of every live document of {@code reader}. */
    public static DocumentRows read(IndexReader reader) {
        try {
            return readRows(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored documents", e);
        }
    }

    private static DocumentRows readRows(IndexReader reader) throws IOException {
        Row[] rows = new Row[reader.maxDoc()];
        Map<String, SearchHit.QualificationRef> qualifications = new HashMap<>();
        Map<String, Qualification> records = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document document = stored.document(doc, FIELDS);
                    Row row = row(document);
                    rows[leaf.docBase + doc] = row;
                    if (row.type() == DocType.QUALIFICATION) {
                        qualifications.put(
                                row.id(), new SearchHit.QualificationRef(row.id(), row.title(), row.level()));
                        records.put(
                                row.id(),
                                StoredJson.read(document.getBinaryValue(IndexSchema.JSON).bytes, Qualification.class));
                    }
                }
            }
        }
        for (int doc = 0; doc < rows.length; doc++) {
            Row row = rows[doc];
            if (row != null && row.type() == DocType.QUALIFICATION) {
                rows[doc] = withLineage(row, records.get(row.id()), records);
            }
        }
        return new DocumentRows(reader, rows, Map.copyOf(qualifications));
    }

    private static Row row(Document doc) {
        DocType type = DocType.ofKey(doc.get(IndexSchema.TYPE))
                .orElseThrow(() -> new IllegalStateException(
                        "document " + doc.get(IndexSchema.ID) + " has an unknown type " + doc.get(IndexSchema.TYPE)));
        IndexableField level = doc.getField(IndexSchema.LEVEL);
        byte[] json = doc.getBinaryValue(IndexSchema.JSON).bytes;
        List<String> labels = List.of();
        SearchHit.QualificationRef qualification = null;
        SearchHit.CoreTaskRef coreTask = null;
        switch (type) {
            case WORK_PROCESS -> {
                IndexedWorkProcess wp = StoredJson.read(json, IndexedWorkProcess.class);
                qualification = new SearchHit.QualificationRef(wp.crebo(), wp.qualificationName(), wp.level());
                coreTask = wp.coreTaskCode() == null && wp.coreTaskTitle() == null
                        ? null
                        : new SearchHit.CoreTaskRef(wp.coreTaskCode(), wp.coreTaskTitle());
            }
            case SKILL -> labels = StoredJson.read(json, Skill.class).altLabels();
            case OCCUPATION -> labels = StoredJson.read(json, Occupation.class).altLabels();
            default -> {}
        }
        return new Row(
                type,
                doc.get(IndexSchema.ID),
                doc.get(IndexSchema.TITLE),
                doc.get(IndexSchema.TEXT),
                level == null ? null : level.numericValue().intValue(),
                doc.get(IndexSchema.DOMAIN),
                labels,
                doc.get(IndexSchema.CREBO),
                qualification,
                coreTask,
                null);
    }

    /**
     * A qualification's row with its lineage, and with the names of the lineage's other codes as labels, so a
     * suggestion found by a former name can say it.
     */
    private static Row withLineage(Row row, Qualification q, Map<String, Qualification> records) {
        List<String> formerNames = q.lineageOrAlone().members().stream()
                .filter(crebo -> !crebo.equals(q.crebo()))
                .map(records::get)
                .filter(Objects::nonNull)
                .filter(other -> !other.nameKey().equals(q.nameKey()))
                .map(Qualification::name)
                .distinct()
                .toList();
        return new Row(
                row.type(),
                row.id(),
                row.title(),
                row.text(),
                row.level(),
                row.domain(),
                formerNames,
                row.crebo(),
                row.qualification(),
                row.coreTask(),
                LineageSummary.of(q, crebo -> Optional.ofNullable(records.get(crebo))));
    }

    /** The row of a document found with {@code searcher}. */
    public Row row(IndexSearcher searcher, int doc) {
        checkReader(searcher.getIndexReader());
        return rows[doc];
    }

    /** A qualification by crebo, or null when the index has none with it. */
    public SearchHit.QualificationRef qualification(String crebo) {
        return qualifications.get(crebo);
    }

    /** The type of a document by global doc id; for collectors, after {@link #checkLeaf}. */
    public DocType type(int doc) {
        return rows[doc].type();
    }

    /** Fails unless the segment belongs to the reader the rows were read from. */
    public void checkLeaf(LeafReaderContext leaf) {
        checkReader(ReaderUtil.getTopLevelContext(leaf).reader());
    }

    private void checkReader(IndexReader other) {
        if (other != reader) {
            throw new IllegalStateException("rows were read from another reader than this searcher's");
        }
    }
}
