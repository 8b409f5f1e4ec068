package nl.skillsmap.source.esco;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Skill;
import nl.skillsmap.source.CsvFile;
import nl.skillsmap.source.CsvFile.Row;
import nl.skillsmap.source.DataFormatException;

/**
 * Reads the ESCO CSV download ({@code occupations_<lang>.csv}, {@code skills_<lang>.csv},
 * {@code ISCOGroups_<lang>.csv}, {@code occupationSkillRelations.csv}) into occupations, skills and ISCO groups.
 *
 * <p>Each concept takes its labels from the first language in the preference list whose file has it, so a
 * partial Dutch skills file is completed with English labels; the alternative and hidden labels and the
 * description come from that same file, so one record never mixes languages. Files are streamed row by row and
 * only the finished records are kept.
 */
public final class EscoCsvReader {

    /** Dutch first: the people this serves search in Dutch; English fills what ESCO has not translated. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("nl", "en");

    static final String RELATIONS_FILE = "occupationSkillRelations.csv";

    private static final String SOURCE = "esco";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z]{2})?");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");

    private static final List<String> SKILL_COLUMNS =
            List.of("conceptUri", "preferredLabel", "altLabels", "hiddenLabels", "description", "skillType");
    private static final List<String> OCCUPATION_COLUMNS =
            List.of("conceptUri", "preferredLabel", "altLabels", "hiddenLabels", "description", "code", "iscoGroup");
    private static final List<String> ISCO_COLUMNS = List.of("conceptUri", "preferredLabel", "code");
    private static final List<String> RELATION_COLUMNS = List.of("occupationUri", "relationType", "skillUri");

    private final Path dir;
    private final List<String> languages;

    public EscoCsvReader(Path dir) {
        this(dir, DEFAULT_LANGUAGES);
    }

    /** @param languagePreference language codes as in ESCO's file names, most preferred first */
    public EscoCsvReader(Path dir, List<String> languagePreference) {
        if (languagePreference.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        for (String language : languagePreference) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("not a language code: \"" + language + "\"");
            }
        }
        if (Set.copyOf(languagePreference).size() != languagePreference.size()) {
            throw new IllegalArgumentException("a language is named twice: " + languagePreference);
        }
        this.dir = dir;
        this.languages = List.copyOf(languagePreference);
    }

    public EscoTaxonomy read() {
        List<String> warnings = new ArrayList<>();
        Map<String, Skill> skills = readConcepts("skills", SKILL_COLUMNS, EscoCsvReader::skill, warnings);
        Map<String, SkillLinks> links = readRelations(skills, warnings);
        Map<String, Occupation> occupations = readConcepts(
                "occupations",
                OCCUPATION_COLUMNS,
                (row, language, provenance) -> occupation(row, language, provenance, links.remove(row.get(0))),
                warnings);
        links.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(unclaimed -> warnings.add(
                        RELATIONS_FILE + ":" + unclaimed.getValue().firstLine + ": " + unclaimed.getValue().count
                                + " relations name occupation " + unclaimed.getKey()
                                + ", which is in no occupations file; they are left out"));
        Map<String, IscoGroup> iscoGroups =
                readConcepts("ISCOGroups", ISCO_COLUMNS, EscoCsvReader::iscoGroup, warnings);
        return new EscoTaxonomy(
                occupations.values().stream()
                        .sorted(Comparator.comparing(Occupation::uri))
                        .toList(),
                skills.values().stream()
                        .sorted(Comparator.comparing(Skill::uri))
                        .toList(),
                iscoGroups.values().stream()
                        .sorted(Comparator.comparing(IscoGroup::code))
                        .toList(),
                warnings);
    }

    /** Builds one concept from a row of the file of {@code language}. */
    @FunctionalInterface
    private interface ConceptBuilder<T> {
        T build(Row row, String language, Provenance provenance);
    }

    /**
     * Reads {@code <kind>_<language>.csv} for each preferred language that has one, keeping per concept URI the
     * record of the first language. At least one of the files must exist.
     */
    private <T> Map<String, T> readConcepts(
            String kind, List<String> columns, ConceptBuilder<T> builder, List<String> warnings) {
        Map<String, T> concepts = new HashMap<>();
        List<String> missing = new ArrayList<>();
        boolean anyFile = false;
        for (String language : languages) {
            Path file = dir.resolve(kind + "_" + language + ".csv");
            if (!Files.exists(file)) {
                missing.add(file.getFileName().toString());
                continue;
            }
            if (!missing.isEmpty()) {
                warnings.add("no " + String.join(" or ", missing) + " in " + dir + "; " + kind + " are labelled from "
                        + file.getFileName());
                missing.clear();
            }
            anyFile = true;
            Provenance provenance = new Provenance(SOURCE, file.getFileName().toString(), Provenance.Quality.OFFICIAL);
            Map<String, Long> lineOfUri = new HashMap<>();
            int before = concepts.size();
            new CsvFile(file).forEachRow(columns, row -> {
                String uri = row.required(0, columns.get(0));
                row.required(1, columns.get(1));
                Long earlier = lineOfUri.putIfAbsent(uri, row.line());
                if (earlier != null) {
                    throw row.error("repeats " + uri + " (first on line " + earlier + ")");
                }
                if (!concepts.containsKey(uri)) {
                    concepts.put(uri, builder.build(row, language, provenance));
                }
            });
            if (lineOfUri.isEmpty()) {
                throw new DataFormatException(
                        file,
                        1,
                        "holds no " + kind + ", only a header; remove the file if " + kind
                                + " are not to be labelled from it");
            }
            int added = concepts.size() - before;
            if (before > 0 && added > 0) {
                warnings.add(added + " of " + concepts.size() + " " + kind + " have no label in a more preferred "
                        + "language; they are labelled from " + file.getFileName());
            }
        }
        if (!anyFile) {
            throw new DataFormatException(
                    dir.resolve(kind + "_" + languages.get(0) + ".csv"),
                    0,
                    "file does not exist, nor does a " + kind + "_<language>.csv for any of the languages "
                            + languages);
        }
        return concepts;
    }

    private static Skill skill(Row row, String language, Provenance provenance) {
        return new Skill(
                row.get(0),
                row.get(1).strip(),
                language,
                labels(row.get(2)),
                labels(row.get(3)),
                row.get(5),
                row.get(4),
                provenance);
    }

    private static Occupation occupation(Row row, String language, Provenance provenance, SkillLinks links) {
        SkillLinks skills = links == null ? SkillLinks.NONE : links;
        return new Occupation(
                row.get(0),
                row.get(5),
                row.get(6),
                row.get(1).strip(),
                language,
                labels(row.get(2)),
                labels(row.get(3)),
                row.get(4),
                skills.essential,
                skills.optional,
                provenance);
    }

    private static IscoGroup iscoGroup(Row row, String language, Provenance provenance) {
        return new IscoGroup(row.required(2, "code"), row.get(0), row.get(1).strip(), language);
    }

    /** ESCO puts all alternative (or hidden) labels of a concept in one field, one label a line. */
    private static List<String> labels(String field) {
        if (field == null) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        for (String label : LINE_BREAK.split(field)) {
            String stripped = label.strip();
            if (!stripped.isEmpty()) {
                labels.add(stripped);
            }
        }
        return labels;
    }

    /**
     * Groups the relations by occupation. A relation to a skill that no skills file has is left out with a
     * warning; the skill URI of a kept relation is the skill record's own string, so 120,000 links do not hold
     * 120,000 copies of a few thousand URIs.
     */
    private Map<String, SkillLinks> readRelations(Map<String, Skill> skills, List<String> warnings) {
        Map<String, SkillLinks> byOccupation = new HashMap<>();
        UnknownSkills unknown = new UnknownSkills();
        new CsvFile(dir.resolve(RELATIONS_FILE)).forEachRow(RELATION_COLUMNS, row -> {
            String occupation = row.required(0, "occupationUri");
            String type = row.required(1, "relationType");
            String skillUri = row.required(2, "skillUri");
            boolean essential = switch (type) {
                case "essential" -> true;
                case "optional" -> false;
                default -> throw row.error("has relationType \"" + type + "\"; expected essential or optional");
            };
            Skill skill = skills.get(skillUri);
            if (skill == null) {
                unknown.add(skillUri, row);
                return;
            }
            SkillLinks links = byOccupation.computeIfAbsent(occupation, uri -> new SkillLinks(row.line()));
            links.count++;
            (essential ? links.essential : links.optional).add(skill.uri());
        });
        if (unknown.relations > 0) {
            warnings.add(RELATIONS_FILE + ":" + unknown.firstLine + ": " + unknown.relations + " relations name "
                    + unknown.uris.size() + " skills that are in no skills file (e.g. "
                    + unknown.uris.stream().sorted().findFirst().orElseThrow() + "); they are left out");
        }
        return byOccupation;
    }

    /** Relations to skills no skills file has, counted for one warning instead of one per row. */
    private static final class UnknownSkills {
        final Set<String> uris = new HashSet<>();
        long relations;
        long firstLine;

        void add(String uri, Row row) {
            if (relations++ == 0) {
                firstLine = row.line();
            }
            uris.add(uri);
        }
    }

    /** The skills one occupation links to, in file order, while the relations file is read. */
    private static final class SkillLinks {
        static final SkillLinks NONE = new SkillLinks(0);

        final List<String> essential = new ArrayList<>();
        final List<String> optional = new ArrayList<>();
        final long firstLine;
        int count;

        SkillLinks(long firstLine) {
            this.firstLine = firstLine;
        }
    }
}
