package nl.skillsmap.evaluation.personas;

import nl.skillsmap.model.Qualification;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The gains a persona's ranking is scored against, as the set prescribes:
 * <ul>
 *   <li>The 2015 code and the current code of the same qualification are judged alike. A code the judgements do
 *   not list takes the gain of a judged code of the same qualification: the same {@linkplain
 *   Qualification#nameKey() name} at the same level (the highest such gain, when several are judged).</li>
 *   <li>Judged codes absent from the index, or present without work processes and skills, are left out: the
 *   dataset does not hold their content, so they are neither expected nor credited.</li>
 * </ul>
 *
 * @param gains       crebo to gain, judged codes first in the judgements' order, then the codes judged alike
 * @param judgedAlike how many codes took the gain of a judged code of the same qualification
 * @param leftOut     how many judged or judged-alike codes were left out for lack of content or absence
 */
public record CreditedGains(Map<String, Integer> gains, int judgedAlike, int leftOut) {

    public CreditedGains {
        gains = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gains));
    }

    /** @param qualifications every qualification of the index, by crebo */
    public static CreditedGains of(Map<String, Integer> judgements, Map<String, Qualification> qualifications) {
        Map<String, Integer> bestByQualification = new HashMap<>();
        judgements.forEach((crebo, gain) -> {
            Qualification q = qualifications.get(crebo);
            if (q != null) {
                bestByQualification.merge(key(q), gain, Math::max);
            }
        });
        Map<String, Integer> all = new LinkedHashMap<>(judgements);
        int alike = 0;
        for (Qualification q : sorted(qualifications)) {
            Integer gain = bestByQualification.get(key(q));
            if (gain != null && !all.containsKey(q.crebo())) {
                all.put(q.crebo(), gain);
                alike++;
            }
        }
        Map<String, Integer> credited = new LinkedHashMap<>();
        all.forEach((crebo, gain) -> {
            Qualification q = qualifications.get(crebo);
            if (q != null && q.coverageBasis() != Qualification.CoverageBasis.NONE) {
                credited.put(crebo, gain);
            }
        });
        return new CreditedGains(credited, alike, all.size() - credited.size());
    }

    private static String key(Qualification q) {
        return q.nameKey() + "|" + Objects.toString(q.level(), "");
    }

    private static List<Qualification> sorted(Map<String, Qualification> qualifications) {
        return qualifications.values().stream()
                .sorted(java.util.Comparator.comparing(Qualification::crebo)).toList();
    }
}
