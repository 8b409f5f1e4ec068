package nl.skillsmap.evaluation.phrases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.skillsmap.evaluation.TsvFile;
import nl.skillsmap.source.DataFormatException;

/**
 * A work-phrase set: short phrases as people type them ({@code queries.tsv}) and, per phrase, graded judgements of
 * work processes by the engine's work-process id ({@code qrels.tsv}, TREC qrels): 3 = the work process is this
 * work, 2 = it clearly includes this work as a main part, 1 = related, partly overlapping, 0 = judged and other
 * work. Unjudged work processes count as 0.
 *
 * @param phrases in file order
 * @param grades  phrase id to (work-process id to grade), in file order; phrases without judgements are absent
 */
public record WorkPhraseSet(String name, List<Phrase> phrases, Map<String, Map<String, Integer>> grades) {

    /** The highest grade of the set's scale. */
    static final int MAX_GRADE = 3;

    public record Phrase(String id, String text) {}

    public WorkPhraseSet {
        phrases = List.copyOf(phrases);
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        grades.forEach((id, g) -> copy.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(g))));
        grades = Collections.unmodifiableMap(copy);
    }

    /** Reads {@code queries.tsv} and {@code qrels.tsv} of the directory; the set is named after the directory. */
    public static WorkPhraseSet read(Path dir) {
        List<Phrase> phrases = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        Path queryFile = dir.resolve("queries.tsv");
        TsvFile.read(queryFile, 2, (f, line) -> {
            if (!ids.add(f[0])) {
                throw new DataFormatException(queryFile, line, "phrase " + f[0] + " appears twice");
            }
            phrases.add(new Phrase(f[0], f[1]));
        });
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        Path qrelsFile = dir.resolve("qrels.tsv");
        TsvFile.read(qrelsFile, 4, (f, line) -> {
            if (!ids.contains(f[0])) {
                throw new DataFormatException(qrelsFile, line, "judged phrase " + f[0] + " is not in queries.tsv");
            }
            int grade = grade(f[3], qrelsFile, line);
            Integer earlier =
                    grades.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).putIfAbsent(f[2], grade);
            if (earlier != null) {
                throw new DataFormatException(qrelsFile, line, "work process " + f[2] + " is judged twice for " + f[0]);
            }
        });
        return new WorkPhraseSet(dir.getFileName().toString(), phrases, grades);
    }

    private static int grade(String value, Path file, long line) {
        int grade;
        try {
            grade = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new DataFormatException(file, line, "grade '" + value + "' is not a whole number");
        }
        if (grade < 0 || grade > MAX_GRADE) {
            throw new DataFormatException(file, line, "grade " + grade + " is not 0, 1, 2 or 3");
        }
        return grade;
    }

    /** The grades of one phrase; empty when it has none. */
    public Map<String, Integer> gradesOf(String phraseId) {
        return grades.getOrDefault(phraseId, Map.of());
    }

    /**
     * Judgements of work-process ids that are not among {@code known} (the data changed since the judging, or an
     * id is mistyped): they cannot be measured, so they are counted for the report instead.
     *
     * @param judgements how many judgements name an unknown id
     * @param shared     of them, how many are graded 2 or more (recall would miss them)
     * @param ids        the unknown ids, sorted
     */
    public record Unknown(int judgements, int shared, List<String> ids) {}

    public Unknown unknown(Set<String> known) {
        int judgements = 0;
        int shared = 0;
        Set<String> ids = new TreeSet<>();
        for (Map<String, Integer> phrase : grades.values()) {
            for (Map.Entry<String, Integer> g : phrase.entrySet()) {
                if (!known.contains(g.getKey())) {
                    judgements++;
                    shared += g.getValue() >= WorkPhraseEvaluation.SHARED_GRADE ? 1 : 0;
                    ids.add(g.getKey());
                }
            }
        }
        return new Unknown(judgements, shared, List.copyOf(ids));
    }

    /** How many judgements the set holds, over all phrases. */
    public int judgements() {
        return grades.values().stream().mapToInt(Map::size).sum();
    }

    /** A set of the given phrases alone, with their judgements (a sample of this set). */
    public WorkPhraseSet only(List<Phrase> sample) {
        Map<String, Map<String, Integer>> kept = new LinkedHashMap<>();
        sample.forEach(p -> kept.put(p.id(), gradesOf(p.id())));
        return new WorkPhraseSet(name, sample, kept);
    }
}
