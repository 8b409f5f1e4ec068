package nl.skillsmap.evaluation.personas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import nl.skillsmap.model.Qualification;

/**
 * The gains a persona's ranking is scored against, as the set prescribes:
 * <ul>
 *   <li>The 2015 code and the current code of the same qualification, and a qualification and its successor, are
 *   judged alike. A code the judgements do not list takes the gain of a judged code of the same qualification:
 *   the same {@linkplain Qualification#nameKey() name} (case and spacing aside) and the same level, where both
 *   codes have a level (the newest codes often have none), or a code of its {@linkplain Qualification#lineage()
 *   lineage} (its successors and predecessors). When several judged codes qualify, the highest gain is taken.</li>
 *   <li>Judged codes absent from the index, or present without work processes and skills of their own or of their
 *   lineage's best-described code, are left out: the dataset does not hold their content, so they are neither
 *   expected nor credited. A judged code absent from the
 *   index passes its gain to no other code.</li>
 * </ul>
 *
 * @param gains         crebo to gain: judged codes in the judgements' order, then codes judged alike by crebo
 * @param creditedAlike how many credited codes took the gain of a judged code of the same qualification
 * @param leftOut       how many judged or judged-alike codes were left out for lack of content or absence
 */
public record CreditedGains(Map<String, Integer> gains, int creditedAlike, int leftOut) {

    public CreditedGains {
        gains = Collections.unmodifiableMap(new LinkedHashMap<>(gains));
    }

    /** @param qualifications every qualification of the index, by crebo */
    public static CreditedGains of(Map<String, Integer> judgements, Map<String, Qualification> qualifications) {
        Map<String, List<Judged>> judgedByName = new HashMap<>();
        judgements.forEach((crebo, gain) -> {
            Qualification q = qualifications.get(crebo);
            if (q != null) {
                judgedByName
                        .computeIfAbsent(q.nameKey(), k -> new ArrayList<>())
                        .add(new Judged(q.level(), gain));
            }
        });
        Map<String, Integer> all = new LinkedHashMap<>(judgements);
        List<String> alike = new ArrayList<>();
        qualifications.values().stream()
                .sorted(Comparator.comparing(Qualification::crebo))
                .filter(q -> !all.containsKey(q.crebo()))
                .forEach(q -> IntStream.concat(
                                judgedByName.getOrDefault(q.nameKey(), List.of()).stream()
                                        .filter(judged -> sameLevel(judged.level(), q.level()))
                                        .mapToInt(Judged::gain),
                                successionGains(q, judgements))
                        .max()
                        .ifPresent(gain -> {
                            all.put(q.crebo(), gain);
                            alike.add(q.crebo());
                        }));
        Map<String, Integer> credited = new LinkedHashMap<>();
        all.forEach((crebo, gain) -> {
            Qualification q = qualifications.get(crebo);
            if (q != null && hasContent(q, qualifications)) {
                credited.put(crebo, gain);
            }
        });
        int creditedAlike = (int) alike.stream().filter(credited::containsKey).count();
        return new CreditedGains(credited, creditedAlike, all.size() - credited.size());
    }

    private record Judged(Integer level, int gain) {}

    /**
     * Whether the engine can rank the code on content: its own work processes or skills, or, for a code without
     * them, those of its lineage's best-described code, which its card shows.
     */
    private static boolean hasContent(Qualification q, Map<String, Qualification> qualifications) {
        if (q.coverageBasis() != Qualification.CoverageBasis.NONE) {
            return true;
        }
        Qualification described =
                q.lineage() == null ? null : qualifications.get(q.lineage().described());
        return described != null && described.coverageBasis() != Qualification.CoverageBasis.NONE;
    }

    /**
     * The gains of the judged codes linked to {@code q} by succession: its lineage's members, which the index
     * joins through the successors the data names (and through codes of the same name, level and file).
     */
    private static IntStream successionGains(Qualification q, Map<String, Integer> judgements) {
        if (q.lineage() == null) {
            return IntStream.empty();
        }
        return q.lineage().members().stream().filter(judgements::containsKey).mapToInt(judgements::get);
    }

    /** Levels tell two qualifications of one name apart only where both codes have one. */
    private static boolean sameLevel(Integer a, Integer b) {
        return a == null || b == null || Objects.equals(a, b);
    }
}
