package nl.skillsmap.source.sbb;

import java.util.Map;
import java.util.Set;

/**
 * The lists an SBB export declares before its dossiers and that dossiers refer to by {@code nr}.
 *
 * @param domains           opleidingsdomein titles by {@code nr}
 * @param unassignedDomains {@code nr}s of entries that stand for "no opleidingsdomein" (they have no crebo, e.g.
 *                          "Niet toebedeeld aan opleidingsdomein"): a dossier referring to one has no domain
 * @param sectorChambers    sectorkamer titles by {@code nr}
 */
record SbbReferenceLists(
        Map<String, String> domains, Set<String> unassignedDomains, Map<String, String> sectorChambers) {

    SbbReferenceLists {
        domains = Map.copyOf(domains);
        unassignedDomains = Set.copyOf(unassignedDomains);
        sectorChambers = Map.copyOf(sectorChambers);
    }
}
