package nl.skillsmap.search.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.search.RequestChecks;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import org.apache.lucene.search.IndexSearcher;

/**
 * Lists the equivalence groups of work processes that recur across the most domains, then the most
 * qualifications: work a person can take from one field to another. Optionally only groups that occur in one
 * domain, still counted over all. Thread-safe.
 */
public final class BroadElementsService {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final int MAX_DOMAIN_LENGTH = 200;

    private static final Comparator<BroadElementsResponse.BroadElement> BROADEST_FIRST = Comparator.comparingInt(
                    BroadElementsResponse.BroadElement::domainCount)
            .reversed()
            .thenComparing(Comparator.comparingInt(BroadElementsResponse.BroadElement::qualificationCount)
                    .reversed())
            .thenComparing(BroadElementsResponse.BroadElement::title)
            .thenComparing(e -> e.workProcesses().getFirst().id());

    private final SkillsmapIndex index;

    public BroadElementsService(SkillsmapIndex index) {
        this.index = index;
    }

    /**
     * @param domain keep only elements occurring in this domain (case-insensitive); null or blank keeps all
     * @param limit  1..100; null for the default of 20
     */
    public BroadElementsResponse broadElements(String domain, Integer limit) {
        new RequestChecks()
                .range("limit", limit, 1, MAX_LIMIT)
                .check(
                        domain == null || domain.length() <= MAX_DOMAIN_LENGTH,
                        "domain",
                        "must have at most " + MAX_DOMAIN_LENGTH + " characters")
                .done();
        String wanted =
                domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(Locale.ROOT);
        IndexSnapshot snapshot = index.acquire();
        try {
            IndexSearcher searcher = snapshot.searcher();
            Catalogue catalogue = snapshot.catalogue();
            List<BroadElementsResponse.BroadElement> elements = new ArrayList<>();
            for (List<IndexedWorkProcess> members : catalogue.groups().values()) {
                TreeSet<String> crebos =
                        members.stream().map(IndexedWorkProcess::crebo).collect(Collectors.toCollection(TreeSet::new));
                if (crebos.size() < 2) {
                    continue;
                }
                TreeSet<String> domains = members.stream()
                        .map(IndexedWorkProcess::domain)
                        .filter(d -> d != null && !d.isBlank())
                        .map(String::strip)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (wanted != null
                        && domains.stream()
                                .noneMatch(d -> d.toLowerCase(Locale.ROOT).equals(wanted))) {
                    continue;
                }
                elements.add(new BroadElementsResponse.BroadElement(
                        commonestTitle(members),
                        crebos.size(),
                        domains.size(),
                        List.copyOf(domains),
                        members.stream()
                                .sorted(Comparator.comparing(IndexedWorkProcess::crebo)
                                        .thenComparing(IndexedWorkProcess::id))
                                .map(wp -> new BroadElementsResponse.ElementWorkProcess(
                                        wp.id(), wp.crebo(), wp.title(), wp.qualificationName()))
                                .toList()));
            }
            elements.sort(BROADEST_FIRST);
            return new BroadElementsResponse(
                    List.copyOf(elements.subList(0, Math.min(elements.size(), limit == null ? DEFAULT_LIMIT : limit))));
        } finally {
            index.release(snapshot);
        }
    }

    /** The wording most of the group's work processes use; alphabetically first among equals. */
    private static String commonestTitle(List<IndexedWorkProcess> members) {
        Map<String, Long> counts = members.stream()
                .collect(Collectors.groupingBy(IndexedWorkProcess::title, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElseThrow();
    }
}
