package nl.skillsmap.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Elective;
import nl.skillsmap.model.Languages;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.RegisterEntry;
import nl.skillsmap.model.Skill;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.source.esco.EscoCsvReader;
import nl.skillsmap.source.esco.EscoEnglishLabels;
import nl.skillsmap.source.esco.EscoTaxonomy;
import nl.skillsmap.source.mbo.CreboRegisterReader;
import nl.skillsmap.source.mbo.ElectiveJsonlReader;
import nl.skillsmap.source.mbo.QualificationJsonlReader;
import nl.skillsmap.source.sbb.SbbXmlDirectoryReader;

/**
 * The data directory in its default layout, read into one {@link Corpus}:
 * <pre>
 *   sbb-xml/*.xml              SBB qualification-file exports (official; win over the compiled records)
 *   mbo/kwalificaties.jsonl    compiled qualifications
 *   mbo/keuzedelen.jsonl       compiled electives
 *   mbo/crebo-crosswalk.csv    crebo register (qualification files and historic programmes of each code)
 *   esco/*.csv                 ESCO download (occupations, skills, relations)
 * </pre>
 * A part that is absent is skipped with a note; a directory with none of them, or a part that is present but
 * unreadable, fails with a {@link DataFormatException} naming the file.
 */
public final class DataDirectory {

    public static final String SBB_XML = "sbb-xml";
    public static final String QUALIFICATIONS = "mbo/kwalificaties.jsonl";
    public static final String ELECTIVES = "mbo/keuzedelen.jsonl";
    public static final String REGISTER = "mbo/crebo-crosswalk.csv";
    public static final String ESCO = "esco";

    private final Path root;
    private final List<String> languages;

    public DataDirectory(Path root) {
        this(root, EscoCsvReader.DEFAULT_LANGUAGES);
    }

    /** @param languages ESCO label languages in order of preference */
    public DataDirectory(Path root, List<String> languages) {
        this.root = root.toAbsolutePath().normalize();
        this.languages = List.copyOf(languages);
    }

    public Path root() {
        return root;
    }

    /** Reads every part present; {@code progress} receives one line per part read. */
    public Corpus load(Consumer<String> progress) {
        if (!Files.isDirectory(root)) {
            throw new DataFormatException(root, 0, "data directory does not exist or is not a directory");
        }
        Path xmlDir = root.resolve(SBB_XML);
        Path qualificationsFile = root.resolve(QUALIFICATIONS);
        Path electivesFile = root.resolve(ELECTIVES);
        Path escoDir = root.resolve(ESCO);
        if (!Files.isDirectory(xmlDir) && !Files.exists(qualificationsFile) && !Files.isDirectory(escoDir)) {
            throw new DataFormatException(
                    root,
                    0,
                    "no data found: expected " + SBB_XML + "/*.xml, " + QUALIFICATIONS + " or " + ESCO
                            + "/ in this directory");
        }
        List<String> notes = new ArrayList<>();
        Parts parts = new Parts(progress, notes);
        List<QualificationMerger.Sourced> sources = new ArrayList<>();
        parts.read(
                        xmlDir,
                        Files.isDirectory(xmlDir),
                        "SBB XML (" + SBB_XML + ")",
                        () -> new SbbXmlDirectoryReader(xmlDir).read(),
                        List::size,
                        l -> l.size() + " qualifications",
                        SBB_XML + "/ directory: official SBB XML not read")
                .ifPresent(official -> sources.add(new QualificationMerger.Sourced("sbb-kd-xml", official)));
        parts.read(
                        qualificationsFile,
                        Files.exists(qualificationsFile),
                        QUALIFICATIONS,
                        () -> new QualificationJsonlReader(qualificationsFile).read(),
                        List::size,
                        l -> l.size() + " qualifications",
                        QUALIFICATIONS + ": compiled qualifications not read")
                .ifPresent(compiled -> sources.add(new QualificationMerger.Sourced("compiled", compiled)));
        List<Elective> electives = parts.read(
                        electivesFile,
                        Files.exists(electivesFile),
                        ELECTIVES,
                        () -> new ElectiveJsonlReader(electivesFile).read(),
                        List::size,
                        l -> l.size() + " electives",
                        ELECTIVES + ": electives not read")
                .orElse(List.of());
        Path registerFile = root.resolve(REGISTER);
        List<RegisterEntry> register = parts.read(
                        registerFile,
                        Files.exists(registerFile),
                        REGISTER,
                        () -> new CreboRegisterReader(registerFile).read(),
                        List::size,
                        l -> l.size() + " codes",
                        REGISTER + ": former names of qualifications not read")
                .orElse(List.of());
        EscoTaxonomy esco = parts.read(
                        escoDir,
                        Files.isDirectory(escoDir),
                        "ESCO (" + ESCO + "/)",
                        () -> new EscoCsvReader(escoDir, languages).read(),
                        t -> t.occupations().size() + t.skills().size(),
                        t -> t.occupations().size() + " occupations, "
                                + t.skills().size() + " skills",
                        ESCO + "/ directory: ESCO occupations and skills not read")
                .orElse(new EscoTaxonomy(List.of(), List.of(), List.of(), List.of()));
        esco.warnings().forEach(w -> notes.add("esco: " + w));
        QualificationMerger.Merged merged = new QualificationMerger().merge(sources);
        notes.addAll(merged.notes());
        List<Skill> skills = new ArrayList<>(esco.skills());
        skills.addAll(qualificationSkills(merged.qualifications(), esco.skills()));
        skills.sort(Comparator.comparing(Skill::uri));
        return new Corpus(
                merged.qualifications(),
                electives,
                skills,
                esco.occupations(),
                register,
                notes,
                englishLabelsOfDutchConcepts(escoDir, esco));
    }

    /**
     * The English labels of the ESCO occupations and skills shown with a Dutch label; none when the ESCO directory
     * is absent. A concept shown in English needs no pointer to itself.
     */
    private static Map<String, List<String>> englishLabelsOfDutchConcepts(Path escoDir, EscoTaxonomy esco) {
        if (!Files.isDirectory(escoDir)) {
            return Map.of();
        }
        Set<String> dutch = new HashSet<>();
        esco.occupations().stream().filter(o -> Languages.isDutch(o.language())).forEach(o -> dutch.add(o.uri()));
        esco.skills().stream().filter(s -> Languages.isDutch(s.language())).forEach(s -> dutch.add(s.uri()));
        Map<String, List<String>> labels = new HashMap<>(new EscoEnglishLabels(escoDir).read());
        labels.keySet().retainAll(dutch);
        return labels;
    }

    /**
     * The skills qualifications name (CompetentNL) that the taxonomy does not already hold, as skills of their
     * own so they can be searched and shown.
     */
    static List<Skill> qualificationSkills(List<Qualification> qualifications, List<Skill> known) {
        Map<String, Skill> byUri = new LinkedHashMap<>();
        Set<String> knownUris = new HashSet<>();
        known.forEach(s -> knownUris.add(s.uri()));
        for (Qualification q : qualifications) {
            for (SkillRef ref : q.skills()) {
                if (ref.label() == null || knownUris.contains(ref.uri()) || byUri.containsKey(ref.uri())) {
                    continue;
                }
                byUri.put(
                        ref.uri(),
                        new Skill(
                                ref.uri(),
                                ref.label(),
                                Languages.DUTCH,
                                List.of(),
                                List.of(),
                                ref.kind(),
                                null,
                                new Provenance("competentnl", QUALIFICATIONS, Provenance.Quality.COMPILED)));
            }
        }
        return List.copyOf(byUri.values());
    }

    /** Reads the parts of the directory, telling progress and noting the parts that are absent. */
    private record Parts(Consumer<String> progress, List<String> notes) {

        /**
         * The part at {@code path} read by {@code read} when {@code present}, with one progress line naming
         * {@code what}, the {@code summary} and the time taken; else empty, with the note "no " +
         * {@code absent}. A part that is present but holds nothing fails: an emptied file or directory would
         * otherwise publish an index without what it used to hold, as if that were the data.
         */
        <T> Optional<T> read(
                Path path,
                boolean present,
                String what,
                Supplier<T> read,
                ToIntFunction<T> count,
                Function<T, String> summary,
                String absent) {
            if (!present) {
                notes.add("no " + absent);
                return Optional.empty();
            }
            long start = System.nanoTime();
            T result = read.get();
            if (count.applyAsInt(result) == 0) {
                throw new DataFormatException(
                        path,
                        0,
                        "is present but holds nothing to read (" + summary.apply(result)
                                + "); remove it if the index is to be built without it");
            }
            progress.accept(String.format(
                    "read %s: %s in %.2f s", what, summary.apply(result), (System.nanoTime() - start) / 1e9));
            return Optional.of(result);
        }
    }
}
