package nl.skillsmap.index;

import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.RegisterEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private final Map<String, List<RegisterEntry>> byFileAndLevel = new HashMap<>();

    FormerNames(List<RegisterEntry> register) {
        for (RegisterEntry entry : register) {
            byCrebo.putIfAbsent(entry.crebo(), entry);
            boolean named = entry.kind() == RegisterEntry.Kind.QUALIFICATION
                    || entry.kind() == RegisterEntry.Kind.HISTORIC_PROGRAMME;
            if (named && entry.dossierCrebo() != null && entry.level() != null) {
                byFileAndLevel.computeIfAbsent(key(entry.dossierCrebo(), entry.level()), k -> new ArrayList<>())
                        .add(entry);
            }
        }
    }

    /** The other names of the qualification's work, in register order, without its own name; may be empty. */
    List<String> of(Qualification q) {
        RegisterEntry own = byCrebo.get(q.crebo());
        String file = own != null && own.dossierCrebo() != null ? own.dossierCrebo()
                : q.dossier() != null ? q.dossier().crebo() : null;
        Integer level = own != null && own.level() != null ? own.level() : q.level();
        if (file == null || level == null) {
            return List.of();
        }
        List<RegisterEntry> family = byFileAndLevel.getOrDefault(key(file, level), List.of());
        Set<String> qualifications = new LinkedHashSet<>();
        family.stream().filter(e -> e.kind() == RegisterEntry.Kind.QUALIFICATION)
                .forEach(e -> qualifications.add(QualificationProfile.nameKey(e.name())));
        qualifications.add(QualificationProfile.nameKey(q.name()));
        if (qualifications.size() > MAX_QUALIFICATIONS_PER_LEVEL) {
            return List.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        family.forEach(e -> names.putIfAbsent(QualificationProfile.nameKey(e.name()), e.name()));
        names.remove(QualificationProfile.nameKey(q.name()));
        return List.copyOf(names.values());
    }

    private static String key(String file, int level) {
        return file + "/" + level;
    }
}
