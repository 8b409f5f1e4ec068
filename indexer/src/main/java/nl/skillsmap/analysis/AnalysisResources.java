package nl.skillsmap.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Languages;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.Skill;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.store.CheckedFile;

/**
 * The corpus-derived inputs of the Dutch analysis chain: the compound-splitting dictionary and synonym groups.
 * Derived once at index time and stored beside the index, so query analysis uses exactly what indexing used.
 *
 * @param compoundDictionary word parts compound words may be split into (folded, lower case)
 * @param synonymGroups      groups of equivalent terms or phrases (folded, lower case), each of two or more
 * @param expressions        multiword expressions kept whole ({@link MultiwordExpressions}): two stems with one space
 *                           between, in alphabetical order
 */
public record AnalysisResources(
        SortedSet<String> compoundDictionary, List<List<String>> synonymGroups, SortedSet<String> expressions) {

    /** File name inside the analysis directory of an index generation. */
    public static final String FILE = "analysis-resources.bin";

    private static final CheckedFile STORED =
            new CheckedFile(FILE, "SkillsmapAnalysisResources", 2, "analysis resources file");

    public AnalysisResources {
        compoundDictionary = Collections.unmodifiableSortedSet(new TreeSet<>(compoundDictionary));
        synonymGroups = synonymGroups.stream().map(List::copyOf).toList();
        expressions = Collections.unmodifiableSortedSet(new TreeSet<>(expressions));
        for (String expression : expressions) {
            String[] words = expression.split(" ", -1);
            if (words.length != 2
                    || words[0].isBlank()
                    || words[1].isBlank()
                    || !expression.equals(MultiwordExpressions.pair(words[0], words[1]))) {
                throw new IllegalArgumentException(
                        "an expression must be two words in alphabetical order, was '" + expression + "'");
            }
        }
        for (String word : compoundDictionary) {
            if (word.isBlank() || word.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("compound dictionary entry must be one word, was '" + word + "'");
            }
        }
        for (List<String> group : synonymGroups) {
            if (group.size() < 2) {
                throw new IllegalArgumentException("synonym group needs two or more entries, was " + group);
            }
            for (String entry : group) {
                if (entry.isBlank() || entry.contains(",") || entry.contains("\n") || entry.contains("\r")) {
                    throw new IllegalArgumentException("synonym entry must be non-blank without commas or line"
                            + " breaks, was '" + entry + "' in " + group);
                }
            }
        }
    }

    /** Resources without multiword expressions. */
    public AnalysisResources(SortedSet<String> compoundDictionary, List<List<String>> synonymGroups) {
        this(compoundDictionary, synonymGroups, new TreeSet<>());
    }

    public static AnalysisResources empty() {
        return new AnalysisResources(new TreeSet<>(), List.of());
    }

    /**
     * Derives both resources from the corpus: the compound dictionary from every title, name, label and
     * description ({@link CompoundDictionary}), the synonym groups from the labels of ESCO occupations and skills
     * ({@link SynonymGroups}), the multiword expressions from the Dutch ESCO skill labels and the qualification texts
     * ({@link MultiwordExpressions}). ESCO concepts in another language than Dutch are left out of all three.
     */
    public static AnalysisResources derive(Corpus corpus) {
        CompoundDictionary dictionary = new CompoundDictionary();
        SynonymGroups synonyms = new SynonymGroups();
        MultiwordExpressions expressions = new MultiwordExpressions();
        for (Qualification qualification : corpus.qualifications()) {
            dictionary.add(qualification.name()).add(qualification.description());
            expressions.addText(qualification.name()).addText(qualification.description());
            for (CoreTask coreTask : qualification.coreTasks()) {
                dictionary.add(coreTask.title());
                expressions.addText(coreTask.title());
                coreTask.knowledge().forEach(dictionary::add);
                for (WorkProcess workProcess : coreTask.workProcesses()) {
                    dictionary
                            .add(workProcess.title())
                            .add(workProcess.description())
                            .add(workProcess.result())
                            .add(workProcess.behaviour());
                    expressions
                            .addText(workProcess.title())
                            .addText(workProcess.description())
                            .addText(workProcess.result())
                            .addText(workProcess.behaviour());
                }
            }
            qualification.skills().forEach(skill -> dictionary.add(skill.label()));
            qualification.electives().forEach(elective -> dictionary.add(elective.title()));
        }
        corpus.electives().forEach(elective -> dictionary.add(elective.title()));
        for (Skill skill : corpus.skills()) {
            if (Languages.isDutch(skill.language())) {
                dictionary.add(skill.label()).add(skill.description());
                skill.altLabels().forEach(dictionary::add);
                synonyms.addConcept(labels(skill.label(), skill.altLabels()));
                expressions.addLabel(skill.label());
                skill.altLabels().forEach(expressions::addLabel);
            }
        }
        for (Occupation occupation : corpus.occupations()) {
            if (Languages.isDutch(occupation.language())) {
                dictionary.add(occupation.label()).add(occupation.description());
                occupation.altLabels().forEach(dictionary::add);
                synonyms.addConcept(labels(occupation.label(), occupation.altLabels()));
            }
        }
        return new AnalysisResources(dictionary.build(), synonyms.build(), expressions.build());
    }

    private static List<String> labels(String preferred, List<String> alternatives) {
        List<String> labels = new ArrayList<>(1 + alternatives.size());
        labels.add(preferred);
        labels.addAll(alternatives);
        return labels;
    }

    /** Writes the resources into {@code dir} ({@link #FILE}) through Lucene's store, with a checksum. */
    public void write(Path dir) throws IOException {
        STORED.write(dir, out -> {
            out.writeSetOfStrings(compoundDictionary);
            out.writeVInt(synonymGroups.size());
            for (List<String> group : synonymGroups) {
                out.writeVInt(group.size());
                for (String entry : group) {
                    out.writeString(entry);
                }
            }
            out.writeSetOfStrings(expressions);
        });
    }

    /**
     * Reads what {@link #write(Path)} wrote.
     *
     * @throws IOException naming the file when it is missing, truncated, of another format or damaged
     */
    public static AnalysisResources read(Path dir) throws IOException {
        return STORED.read(dir, in -> {
            SortedSet<String> dictionary = new TreeSet<>(in.readSetOfStrings());
            int groupCount = in.readVInt();
            List<List<String>> groups = new ArrayList<>();
            for (int g = 0; g < groupCount; g++) {
                String[] group = new String[in.readVInt()];
                for (int i = 0; i < group.length; i++) {
                    group[i] = in.readString();
                }
                groups.add(List.of(group));
            }
            SortedSet<String> expressions = new TreeSet<>(in.readSetOfStrings());
            return new AnalysisResources(dictionary, groups, expressions);
        });
    }
}
