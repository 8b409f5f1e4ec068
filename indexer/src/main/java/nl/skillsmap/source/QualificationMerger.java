package nl.skillsmap.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.Succession;

/**
 * Merges the qualifications several sources describe into one record per crebo. Sources are given in order of
 * authority (e.g. the official SBB XML before the compiled dataset): for every field the most authoritative
 * source that has a value wins, so an official record keeps its core tasks and only borrows what it lacks
 * (domain, learning paths, skills...). The outcome is deterministic (sorted by crebo) and every decision that
 * overrode another source is written to {@link Merged#notes()}.
 */
public final class QualificationMerger {

    /** The merged qualifications, sorted by crebo, and what the merge decided. */
    public record Merged(List<Qualification> qualifications, List<String> notes) {}

    /** One source's records with a name for the notes. */
    public record Sourced(String name, Collection<Qualification> qualifications) {}

    /** @param byAuthority sources, most authoritative first */
    public Merged merge(List<Sourced> byAuthority) {
        Map<String, List<Candidate>> byCrebo = new TreeMap<>();
        for (int rank = 0; rank < byAuthority.size(); rank++) {
            Sourced source = byAuthority.get(rank);
            for (Qualification q : source.qualifications()) {
                byCrebo.computeIfAbsent(q.crebo(), k -> new ArrayList<>()).add(new Candidate(rank, source.name(), q));
            }
        }
        List<Qualification> merged = new ArrayList<>(byCrebo.size());
        List<String> notes = new ArrayList<>();
        for (List<Candidate> candidates : byCrebo.values()) {
            candidates.sort(Comparator.comparingInt(Candidate::rank));
            merged.add(merge(candidates, notes));
        }
        return new Merged(merged, notes);
    }

    private static Qualification merge(List<Candidate> candidates, List<String> notes) {
        Candidate best = candidates.getFirst();
        if (candidates.size() == 1) {
            return best.qualification();
        }
        List<Qualification> qs =
                candidates.stream().map(Candidate::qualification).toList();
        LinkedHashSet<Provenance> provenance = new LinkedHashSet<>();
        qs.forEach(q -> provenance.addAll(q.provenance()));
        Qualification result = new Qualification(
                best.qualification().crebo(),
                first(qs, Qualification::name),
                first(qs, Qualification::level),
                first(qs, Qualification::dossier),
                first(qs, Qualification::domain),
                first(qs, Qualification::sectorChamber),
                firstNonEmpty(qs, Qualification::learningPaths),
                first(qs, Qualification::description),
                firstNonEmpty(qs, Qualification::coreTasks),
                firstNonEmpty(qs, Qualification::skills),
                firstNonEmpty(qs, Qualification::electives),
                firstNonEmpty(qs, Qualification::certificates),
                List.copyOf(provenance),
                qs.stream()
                        .map(Qualification::succession)
                        .filter(known -> !known.equals(Succession.UNKNOWN))
                        .findFirst()
                        .orElse(Succession.UNKNOWN),
                null);
        List<String> overridden = new ArrayList<>();
        for (Candidate other : candidates.subList(1, candidates.size())) {
            Qualification o = other.qualification();
            if (!o.coreTasks().isEmpty() && !best.qualification().coreTasks().isEmpty()) {
                overridden.add("core tasks of " + other.source());
            }
            if (!Objects.equals(o.name(), result.name())) {
                overridden.add("name \"" + o.name() + "\" of " + other.source());
            }
            if (o.level() != null && !Objects.equals(o.level(), result.level())) {
                overridden.add("level " + o.level() + " of " + other.source());
            }
        }
        notes.add(String.format(
                "crebo %s (%s): %s wins%s",
                result.crebo(),
                result.name(),
                best.source(),
                overridden.isEmpty() ? "" : " over " + String.join(", ", overridden)));
        return result;
    }

    private static <T> T first(List<Qualification> qs, Function<Qualification, T> field) {
        return qs.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static <T> List<T> firstNonEmpty(List<Qualification> qs, Function<Qualification, List<T>> field) {
        return qs.stream().map(field).filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
    }

    private record Candidate(int rank, String source, Qualification qualification) {}
}
