package nl.skillsmap.index;

import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.Skill;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.semantic.SemanticSpace;
import nl.skillsmap.semantic.SemanticSpaceBuilder;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes a {@link Corpus} into a new index generation and publishes it through {@link IndexLocation}. Building is
 * deterministic: the same corpus gives the same documents in the same order and the same content version.
 */
public final class IndexBuilder {

    private final Consumer<String> progress;
    private final boolean allowShrink;

    /** @param progress receives one human-readable line per finished stage */
    public IndexBuilder(Consumer<String> progress) {
        this(progress, false);
    }

    /**
     * @param allowShrink publish even when the new index holds much less than the published one (see
     *                    {@link IndexShrinkage})
     */
    public IndexBuilder(Consumer<String> progress, boolean allowShrink) {
        this.progress = progress;
        this.allowShrink = allowShrink;
    }

    public IndexManifest build(Corpus read, AnalysisResources resources, IndexLocation location,
                               String dataDirectory) throws IOException {
        long start = System.nanoTime();
        Lineages.Placed lineages = Lineages.place(read.qualifications(), read.register());
        progress.accept(lineages.summary());
        List<String> notes = new ArrayList<>(lineages.notes());
        notes.addAll(read.notes());
        Corpus corpus = new Corpus(lineages.qualifications(), read.electives(), read.skills(), read.occupations(),
                read.register(), notes, read.englishLabels());
        Path build = location.startBuild();
        boolean published = false;
        try {
            resources.write(IndexLocation.analysisDirectory(build));
            AnalyzerFactory analyzers = new AnalyzerFactory(resources);

            long t = System.nanoTime();
            List<IndexedWorkProcess> workProcesses = workProcesses(corpus, analyzers);
            progress.accept(String.format("similar work processes: %,d work processes compared in %s",
                    workProcesses.size(), since(t)));

            t = System.nanoTime();
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, Integer> sources = new TreeMap<>();
            MessageDigest digest = sha256();
            digest.update(("schema " + IndexSchema.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            IndexWriterConfig config = new IndexWriterConfig(IndexSchema.indexAnalyzer(analyzers))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(128)
                    // Documents sorted by id: with the single segment below, Lucene's doc ids follow the ids, so
                    // every tie a search breaks by doc id breaks by id, the same in every build.
                    .setIndexSort(new Sort(new SortField(IndexSchema.ID, SortField.Type.STRING)))
                    .setCommitOnClose(false);
            try (FSDirectory dir = FSDirectory.open(IndexLocation.luceneDirectory(build));
                 IndexWriter writer = new IndexWriter(dir, config)) {
                List<Document> documents = new ArrayList<>();
                SemanticSpaceBuilder space = new SemanticSpaceBuilder(analyzers.dutch(), IndexSchema.PROFILE);
                Map<String, Skill> skills = new HashMap<>();
                corpus.skills().forEach(skill -> skills.put(skill.uri(), skill));

                try (OccupationLinker linker = new OccupationLinker(corpus.occupations(), analyzers.dutch())) {
                    // Namesakes and the qualifications of one file share names: each is linked once.
                    Map<String, Optional<Occupation>> links = new HashMap<>();
                    Function<String, Optional<Occupation>> link = name -> links.computeIfAbsent(name, linker::link);
                    Map<String, QualificationProfile> profiles = new HashMap<>();
                    for (Qualification q : corpus.qualifications()) {
                        profiles.put(q.crebo(), QualificationProfile.of(q, link.apply(q.name()), skills));
                    }
                    Map<String, List<Qualification>> byName = new HashMap<>();
                    corpus.qualifications().forEach(q -> byName.computeIfAbsent(q.nameKey(),
                            k -> new ArrayList<>()).add(q));
                    FormerNames formerNames = new FormerNames(corpus.register());
                    Map<String, Qualification> byCrebo = new HashMap<>();
                    corpus.qualifications().forEach(q -> byCrebo.put(q.crebo(), q));
                    for (Qualification q : corpus.qualifications()) {
                        List<QualificationProfile> namesakes = byName.get(q.nameKey()).stream()
                                .filter(other -> !other.crebo().equals(q.crebo()))
                                .map(other -> profiles.get(other.crebo())).toList();
                        QualificationProfile profile = profiles.get(q.crebo()).withNamesakes(namesakes)
                                .withFormerNames(formerNames.of(q), link, skills);
                        documents.add(DocumentMapper.qualification(q, profile, lineageNames(q, byCrebo)));
                        space.addQualification(q.crebo(), profile.text());
                    }
                }
                workProcesses.forEach(wp -> documents.add(DocumentMapper.workProcess(wp)));
                corpus.electives().forEach(e -> documents.add(DocumentMapper.elective(e)));
                corpus.skills().forEach(s -> documents.add(
                        DocumentMapper.withEnglishLabels(DocumentMapper.skill(s), corpus.englishLabels().get(s.uri()))));
                List<Optional<String>> occupationProfiles = corpus.occupations().stream()
                        .map(o -> DocumentMapper.occupationProfile(o, skills)).toList();
                for (int i = 0; i < occupationProfiles.size(); i++) {
                    Occupation occupation = corpus.occupations().get(i);
                    documents.add(DocumentMapper.withEnglishLabels(
                            DocumentMapper.occupation(occupation, occupationProfiles.get(i)),
                            corpus.englishLabels().get(occupation.uri())));
                }
                corpus.skills().forEach(s -> DocumentMapper.skillText(s).ifPresent(space::addText));
                occupationProfiles.forEach(p -> p.ifPresent(space::addText));
                semanticSpace(space, IndexLocation.analysisDirectory(build));
                t = System.nanoTime();
                documents.forEach(doc -> account(doc, counts, sources, digest));
                // Analysis dominates the build; IndexWriter is thread-safe, so both cores invert documents. Which
                // thread writes which document varies between builds, and with it the segments' contents.
                documents.parallelStream().forEach(doc -> add(writer, doc));
                progress.accept(String.format("documents: %,d written in %s", writer.getDocStats().numDocs,
                        since(t)));
                t = System.nanoTime();
                // One segment, sorted by id: the same doc ids whatever the thread scheduling, so a top-N cut that
                // breaks ties by doc id gives the same answers from every build of the same data. Merging copies
                // the inverted segments; nothing is analysed again.
                writer.forceMerge(1);
                progress.accept("index merged into one segment sorted by id in " + since(t));
                t = System.nanoTime();
                writer.commit();
                progress.accept("index committed in " + since(t));
            }
            IndexManifest manifest = new IndexManifest(HexFormat.of().formatHex(digest.digest()).substring(0, 16),
                    IndexSchema.VERSION, Instant.now(), dataDirectory, counts, sources, corpus.notes(),
                    (System.nanoTime() - start) / 1_000_000);
            manifest.write(build);
            refuseShrinking(location, manifest, dataDirectory);
            location.publish(build);
            published = true;
            return manifest;
        } finally {
            if (!published) {
                location.abandon(build);
            }
        }
    }

    private void refuseShrinking(IndexLocation location, IndexManifest next, String dataDirectory)
            throws IOException {
        Optional<Path> published = location.current();
        if (published.isEmpty()) {
            return;
        }
        IndexManifest before;
        try {
            before = IndexManifest.read(published.get());
        } catch (IOException e) {
            progress.accept("the published index's manifest cannot be read (" + e.getMessage()
                    + "); counts not compared");
            return;
        }
        IndexShrinkage shrinkage = IndexShrinkage.between(before, next);
        if (shrinkage.isEmpty()) {
            return;
        }
        if (!allowShrink) {
            throw new IndexShrinkage.RefusedException(shrinkage, published.get(), dataDirectory);
        }
        progress.accept("publishing although counts fell (--allow-shrink): " + String.join("; ", shrinkage.drops()));
    }

    /**
     * The names the other codes of a qualification's lineage go by, when its card shows it: a search for a lapsed
     * code's name ("Aftersalesmanager Mobiliteitsbranche") then finds the code that replaced it.
     */
    private static List<String> lineageNames(Qualification q, Map<String, Qualification> byCrebo) {
        if (!q.lineageOrAlone().id().equals(q.crebo())) {
            return List.of();
        }
        Map<String, String> names = new TreeMap<>();
        q.lineageOrAlone().members().stream().map(byCrebo::get)
                .filter(other -> !other.nameKey().equals(q.nameKey()))
                .forEach(other -> names.putIfAbsent(other.nameKey(), other.name()));
        return List.copyOf(names.values());
    }

    /**
     * Builds and writes the semantic space. It is derived from texts the documents already hold (qualification
     * profiles, skills, occupations), so the content version, a digest of the documents, covers it.
     */
    private void semanticSpace(SemanticSpaceBuilder builder, Path dir) throws IOException {
        long t = System.nanoTime();
        SemanticSpace space = builder.build();
        space.write(dir);
        progress.accept(String.format("semantic space: %,d terms x %d dimensions, %,d qualifications placed, in %s",
                space.termCount(), space.dimensions(), space.qualifications().size(), since(t)));
    }

    /** Every work process with its context, equivalence group and similar work processes elsewhere. */
    static List<IndexedWorkProcess> workProcesses(Corpus corpus, AnalyzerFactory analyzers) {
        List<WorkProcessSimilarity.Item> items = new ArrayList<>();
        for (Qualification q : corpus.qualifications()) {
            q.workProcesses().forEach(wp -> items.add(new WorkProcessSimilarity.Item(wp, q)));
        }
        WorkProcessSimilarity.Result similarity = new WorkProcessSimilarity(analyzers.dutch()).compute(items);
        List<IndexedWorkProcess> result = new ArrayList<>(items.size());
        for (Qualification q : corpus.qualifications()) {
            for (CoreTask ct : q.coreTasks()) {
                for (WorkProcess wp : ct.workProcesses()) {
                    result.add(DocumentMapper.indexed(wp, ct, q, similarity.groups().get(wp.id()),
                            similarity.neighbours().get(wp.id())));
                }
            }
        }
        return result;
    }

    private static void add(IndexWriter writer, Document doc) {
        String id = doc.get(IndexSchema.ID);
        try {
            // updateDocument by id: a repeated id replaces, never duplicates.
            writer.updateDocument(IndexSchema.idTerm(id), doc);
        } catch (IOException e) {
            // The cause says why ("No space left on device"); the id says how far the build got.
            throw new java.io.UncheckedIOException("cannot write document " + id + ": " + e.getMessage(), e);
        }
    }

    private static void account(Document doc, Map<String, Integer> counts, Map<String, Integer> sources,
                                MessageDigest digest) {
        counts.merge(doc.get(IndexSchema.TYPE), 1, Integer::sum);
        for (IndexableField f : doc.getFields(IndexSchema.SOURCE)) {
            sources.merge(f.binaryValue().utf8ToString(), 1, Integer::sum);
        }
        // Every field's value, so the version changes with anything indexed, not only with the stored record.
        for (IndexableField field : doc.getFields()) {
            digest.update(field.name().getBytes(StandardCharsets.UTF_8));
            if (field.stringValue() != null) {
                digest.update(field.stringValue().getBytes(StandardCharsets.UTF_8));
            } else if (field.binaryValue() != null) {
                BytesRef bytes = field.binaryValue();
                digest.update(bytes.bytes, bytes.offset, bytes.length);
            } else if (field.numericValue() != null) {
                digest.update(field.numericValue().toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String since(long startNanos) {
        return String.format("%.2f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
