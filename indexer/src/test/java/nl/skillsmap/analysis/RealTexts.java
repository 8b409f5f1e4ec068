package nl.skillsmap.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import nl.skillsmap.source.DataDirectory;
import nl.skillsmap.testing.SharedData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The texts of the real data the analysis works on, read directly for the tests (the project's readers live
 * elsewhere): mbo titles, names and descriptions, and ESCO labels and descriptions.
 */
final class RealTexts {

    private RealTexts() {}

    /**
     * Derived once per test run, by the index build's own code ({@link AnalysisResources#derive} over the data as
     * {@link DataDirectory} reads it: SBB XML and compiled mbo data, electives, ESCO).
     */
    private static final class Derived {
        static final List<String> CORPUS = corpus();
        static final AnalysisResources RESOURCES =
                AnalysisResources.derive(new DataDirectory(SharedData.data()).load(line -> {}));
        static final SortedSet<String> DICTIONARY = RESOURCES.compoundDictionary();
        static final List<List<String>> SYNONYMS = RESOURCES.synonymGroups();
    }

    /** Texts of the data to analyse in bulk: mbo titles and descriptions, ESCO occupations and skills. */
    static List<String> corpus() {
        List<String> texts = new ArrayList<>(mbo());
        texts.addAll(esco("occupations_nl.csv", true));
        texts.addAll(esco("skills_nl.csv", true));
        return texts;
    }

    static List<String> derivedCorpus() {
        return Derived.CORPUS;
    }

    static SortedSet<String> derivedDictionary() {
        return Derived.DICTIONARY;
    }

    static List<List<String>> derivedSynonyms() {
        return Derived.SYNONYMS;
    }

    /** Every title, name, label and description of the mbo structure. */
    static List<String> mbo() {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try {
            for (String line :
                    Files.readAllLines(SharedData.data("mbo", "kwalificaties.jsonl"), StandardCharsets.UTF_8)) {
                JsonNode q = json.readTree(line);
                add(texts, q.path("name"));
                add(texts, q.path("description"));
                for (JsonNode coreTask : q.path("coreTasks")) {
                    add(texts, coreTask.path("title"));
                    for (JsonNode wp : coreTask.path("workProcesses")) {
                        for (String field : List.of("title", "description", "result", "behaviour")) {
                            add(texts, wp.path(field));
                        }
                    }
                }
                q.path("skills").forEach(skill -> add(texts, skill.path("label")));
                q.path("electives").forEach(elective -> add(texts, elective.path("title")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** Work-process titles only. */
    static List<String> workProcessTitles() {
        ObjectMapper json = new ObjectMapper();
        List<String> titles = new ArrayList<>();
        try {
            for (String line :
                    Files.readAllLines(SharedData.data("mbo", "kwalificaties.jsonl"), StandardCharsets.UTF_8)) {
                for (JsonNode coreTask : json.readTree(line).path("coreTasks")) {
                    coreTask.path("workProcesses").forEach(wp -> add(titles, wp.path("title")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return titles;
    }

    /** Per ESCO concept of {@code file} ("occupations_nl.csv", "skills_nl.csv"): preferred label, then alternatives. */
    static List<List<String>> escoLabels(String file) {
        List<List<String>> concepts = new ArrayList<>();
        for (CSVRecord record : esco(file)) {
            List<String> labels = new ArrayList<>();
            labels.add(record.get("preferredLabel"));
            // The official files separate alternative labels by line breaks; the supplemented skills use " | ".
            Arrays.stream(record.get("altLabels").split("\n|\\|"))
                    .map(String::strip)
                    .filter(label -> !label.isEmpty())
                    .forEach(labels::add);
            concepts.add(labels);
        }
        return concepts;
    }

    /** Every ESCO label and description of {@code file}. */
    static List<String> esco(String file, boolean withDescriptions) {
        List<String> texts = new ArrayList<>();
        for (CSVRecord record : esco(file)) {
            texts.add(record.get("preferredLabel"));
            texts.addAll(List.of(record.get("altLabels").split("\n|\\|")));
            if (withDescriptions) {
                texts.add(record.get("description"));
            }
        }
        return texts;
    }

    private static List<CSVRecord> esco(String file) {
        Path path = SharedData.data("esco", file);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(List<String> texts, JsonNode node) {
        if (node.isTextual() && !node.asText().isBlank()) {
            texts.add(node.asText());
        }
    }
}
