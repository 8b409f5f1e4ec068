package nl.skillsmap.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.RegisterEntry;

/**
 * The names the crebo register gives to the same work as a qualification: the historic programmes and the
 * qualifications of the same qualification file (dossier) and level ("Magazijnmedewerker", "Medewerker
 * goederenontvangst en voorraadbeheer" for Logistiek medewerker; "Telefonist/receptionist" for Assistant Business
 * Services). People describe their work in those words, which the qualification's own text may no longer use.
 *
 * <p>A file can hold several qualifications of one level, and the register does not say which of them a historic
 * programme became, so its names go to all of them; a file with more than
 * {@link #MAX_QUALIFICATIONS_PER_LEVEL} distinct qualification names at one level (the Entree file holds a dozen
 * unrelated level-1 qualifications) gives none, since its names would describe other work as often as this one.
 */
final class FormerNames {

    /** Distinct qualification names of one file and level up to which the file's names are shared among them. */
    static final int MAX_QUALIFICATIONS_PER_LEVEL = 6;

    private final Map<String, RegisterEntry> byCrebo = new HashMap<>();
    private final Map<String, Family> byFileAndLevel = new HashMap<>();

    /**
     * The codes of one file and level.
     *
     * @param names          name key -> name, in register order
     * @param qualifications the name keys of its qualifications
     */
    private record Family(Map<String, String> names, Set<String> qualifications) {}

    FormerNames(List<RegisterEntry> register) {
        for (RegisterEntry entry : register) {
            byCrebo.putIfAbsent(entry.crebo(), entry);
            boolean qualification = entry.kind() == RegisterEntry.Kind.QUALIFICATION;
            boolean named = qualification || entry.kind() == RegisterEntry.Kind.HISTORIC_PROGRAMME;
            if (named && entry.dossierCrebo() != null && entry.level() != null) {
                Family family = byFileAndLevel.computeIfAbsent(
                        key(entry.dossierCrebo(), entry.level()),
                        k -> new Family(new LinkedHashMap<>(), new HashSet<>()));
                String nameKey = Qualification.nameKey(entry.name());
                family.names().putIfAbsent(nameKey, entry.name());
                if (qualification) {
                    family.qualifications().add(nameKey);
                }
            }
        }
    }

    /** The other names of the qualification's work, in register order, without its own name; may be empty. */
    List<String> of(Qualification q) {
        RegisterEntry own = byCrebo.get(q.crebo());
        String file = own != null && own.dossierCrebo() != null
                ? own.dossierCrebo()
                : q.dossier() != null ? q.dossier().crebo() : null;
        Integer level = own != null && own.level() != null ? own.level() : q.level();
        Family family = file == null || level == null ? null : byFileAndLevel.get(key(file, level));
        if (family == null) {
            return List.of();
        }
        String nameKey = q.nameKey();
        int qualifications =
                family.qualifications().size() + (family.qualifications().contains(nameKey) ? 0 : 1);
        if (qualifications > MAX_QUALIFICATIONS_PER_LEVEL) {
            return List.of();
        }
        return family.names().entrySet().stream()
                .filter(e -> !e.getKey().equals(nameKey))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static String key(String file, int level) {
        return file + "/" + level;
    }
}
