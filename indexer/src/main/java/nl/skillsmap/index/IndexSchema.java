package nl.skillsmap.index;

import java.util.Locale;
import java.util.Map;
import nl.skillsmap.analysis.AnalyzerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * Owns every field of the index: its name, how it is indexed and which analyzer reads it. Nothing else in the
 * project spells a field name or builds a field.
 */
public final class IndexSchema {

    /**
     * Changes whenever a field is added or indexed differently, the Dutch chain gives other terms (10: multiword expressions are kept whole as one term; 9: a stem keeps
     * its long vowel where the dictionary shows the short-vowel stem is another word's), or a file written beside the
     * index changes its format, so the content version changes with it and a server finds an index of an older
     * version to rebuild.
     */
    public static final int VERSION = 10;

    /** Unique id (work-process id, crebo, URI, elective code); indexed for lookups and updateDocument, sorted for tie-breaks. */
    public static final String ID = "id";
    /** {@link DocType#key()}; indexed for filters, doc values for facet counts. */
    public static final String TYPE = "type";
    /**
     * An English label of an ESCO concept shown in Dutch, lower case, as one keyword: looked up whole to answer
     * "cashier" with the same concept's Dutch label. Not searched, not stored: it never changes what matches.
     */
    public static final String ENGLISH_LABEL = "englishLabel";
    /** The main text a person recognises (work-process title, label, name): Dutch chain, stored for highlighting. */
    public static final String TITLE = "title";
    /** Title again with folding only, so an exact word outranks a stem match. Not stored (TITLE has the text). */
    public static final String TITLE_EXACT = "titleExact";
    /** Alternative and hidden labels, core-task title: Dutch chain, not stored (the record JSON has them). */
    public static final String LABELS = "labels";
    /** Longer text (description, result, behaviour): Dutch chain, stored for snippets. */
    public static final String TEXT = "text";
    /** Title and labels as prefixes (edge n-grams) for suggestions. Not stored. */
    public static final String SUGGEST = "suggest";
    /** The qualification a work process, qualification or elective belongs to; indexed for per-crebo lookups. */
    public static final String CREBO = "crebo";
    /** mbo level 1-4: points for range filters, doc values for facets, stored for display. */
    public static final String LEVEL = "level";
    /** Opleidingsdomein: indexed for filters, doc values for facets. */
    public static final String DOMAIN = "domain";
    /** Skill URIs an occupation (essential) or qualification requires: indexed for "who needs this skill". */
    public static final String SKILL_URI = "skillUri";
    /** Equivalence group of a work process (same work across dossiers): indexed and doc values for grouping. */
    public static final String WORK_GROUP = "workGroup";
    /** Provenance source id: doc values for counts per source. */
    public static final String SOURCE = "source";
    /**
     * Everything a qualification says about its work, as one text for ranking whole qualifications against what a
     * person does: name, description, core tasks, work processes, skills and the ESCO occupation its name links
     * to. Dutch chain, not stored (the record JSON holds the parts).
     */
    public static final String PROFILE = "profile";
    /**
     * The same for an occupation: its Dutch labels, description and the Dutch labels of its essential skills. A
     * field of its own, so occupations and qualifications each keep their own term statistics.
     */
    public static final String OCCUPATION_PROFILE = "occupationProfile";
    /** Whether a qualification has content to count coverage on ("workProcesses", "skills", "none"). */
    public static final String COVERAGE_BASIS = "coverageBasis";
    /**
     * Occupation labels (preferred, alternative, hidden) as character n-grams, for matching job titles. Indexed
     * with frequencies only (no positions: grams are matched as a bag), not stored.
     */
    public static final String LABEL_GRAMS = "labelGrams";
    /**
     * A qualification's own status ({@link nl.skillsmap.model.Lineage.Status#key()}): indexed, for showing only
     * current qualifications; not stored (the record JSON has it).
     */
    public static final String STATUS = "status";
    /**
     * Marks a qualification that its lineage's card does not show (an older code of the same qualification):
     * indexed only, so search and suggestions can leave it out and show one entry per lineage.
     */
    public static final String BESIDE_CARD = "besideCard";
    /** The record to render, as JSON. Stored only. */
    public static final String JSON = "json";

    /** Indexed with positions (phrases, highlighting) and offsets (snippets), stored. */
    private static final FieldType STORED_TEXT_WITH_OFFSETS = storedTextWithOffsets();

    /** Indexed with term frequencies, no positions, not stored. */
    private static final FieldType GRAMS = grams();

    private IndexSchema() {}

    /** The per-field analyzer used by the IndexWriter; query code takes its analyzers from the same factory. */
    public static Analyzer indexAnalyzer(AnalyzerFactory factory) {
        return new PerFieldAnalyzerWrapper(
                factory.dutch(),
                Map.of(
                        TITLE_EXACT, factory.folded(),
                        SUGGEST, factory.prefix(),
                        LABEL_GRAMS, factory.labelGrams()));
    }

    public static Term idTerm(String id) {
        return new Term(ID, id);
    }

    public static Term typeTerm(DocType type) {
        return new Term(TYPE, type.key());
    }

    static void addIdentity(Document doc, DocType type, String id) {
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        doc.add(new StringField(TYPE, type.key(), Field.Store.YES));
        doc.add(new SortedSetDocValuesField(TYPE, new BytesRef(type.key())));
    }

    static void addTitle(Document doc, String title) {
        doc.add(new Field(TITLE, title, STORED_TEXT_WITH_OFFSETS));
        doc.add(new TextField(TITLE_EXACT, title, Field.Store.NO));
        doc.add(new TextField(SUGGEST, title, Field.Store.NO));
    }

    static void addLabel(Document doc, String label) {
        doc.add(new TextField(LABELS, label, Field.Store.NO));
        doc.add(new TextField(TITLE_EXACT, label, Field.Store.NO));
        doc.add(new TextField(SUGGEST, label, Field.Store.NO));
    }

    static void addEnglishLabel(Document doc, String label) {
        doc.add(new StringField(ENGLISH_LABEL, englishKey(label), Field.Store.NO));
    }

    /** How an English label is written in {@link #ENGLISH_LABEL} and looked up: lower case, single spaces. */
    public static String englishKey(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static void addLabelGrams(Document doc, String label) {
        doc.add(new Field(LABEL_GRAMS, label, GRAMS));
    }

    static void addText(Document doc, String text) {
        doc.add(new Field(TEXT, text, STORED_TEXT_WITH_OFFSETS));
    }

    static void addCrebo(Document doc, String crebo) {
        doc.add(new StringField(CREBO, crebo, Field.Store.YES));
    }

    static void addLevel(Document doc, int level) {
        doc.add(new IntPoint(LEVEL, level));
        doc.add(new NumericDocValuesField(LEVEL, level));
        doc.add(new StoredField(LEVEL, level));
    }

    static void addDomain(Document doc, String domain) {
        doc.add(new StringField(DOMAIN, domain, Field.Store.YES));
        doc.add(new SortedSetDocValuesField(DOMAIN, new BytesRef(domain)));
    }

    static void addSkillUri(Document doc, String uri) {
        doc.add(new StringField(SKILL_URI, uri, Field.Store.NO));
    }

    static void addWorkGroup(Document doc, String group) {
        doc.add(new StringField(WORK_GROUP, group, Field.Store.YES));
        doc.add(new SortedDocValuesField(WORK_GROUP, new BytesRef(group)));
    }

    static void addSource(Document doc, String source) {
        doc.add(new SortedSetDocValuesField(SOURCE, new BytesRef(source)));
    }

    static void addProfile(Document doc, String profile) {
        doc.add(new TextField(PROFILE, profile, Field.Store.NO));
    }

    static void addOccupationProfile(Document doc, String profile) {
        doc.add(new TextField(OCCUPATION_PROFILE, profile, Field.Store.NO));
    }

    static void addCoverageBasis(Document doc, String basis) {
        doc.add(new StringField(COVERAGE_BASIS, basis, Field.Store.YES));
    }

    static void addStatus(Document doc, String status) {
        doc.add(new StringField(STATUS, status, Field.Store.NO));
    }

    static void addBesideCard(Document doc) {
        doc.add(new StringField(BESIDE_CARD, "true", Field.Store.NO));
    }

    /** Matches every qualification that its lineage's card does not show. */
    public static Term besideCardTerm() {
        return new Term(BESIDE_CARD, "true");
    }

    public static Term statusTerm(String status) {
        return new Term(STATUS, status);
    }

    static void addJson(Document doc, byte[] json) {
        doc.add(new StoredField(JSON, json));
    }

    private static FieldType grams() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static FieldType storedTextWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
