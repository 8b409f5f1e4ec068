package nl.skillsmap.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.skillsmap.model.Lineage;
import nl.skillsmap.model.Lineage.Status;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.RegisterEntry;
import nl.skillsmap.model.Succession;

/**
 * Places every qualification in its lineage: the codes of one qualification over the revisions of the structure.
 * Two codes belong to one lineage when the data names one as the other's successor, or when they are twins the
 * data does not link: the same {@linkplain Qualification#nameKey() name}, the same level where both have one, and
 * the same current qualification file where both have one (the crebo register's file, which it gives a 2015 code
 * and its revision alike; the file a record names itself is the one it was first published under, which differs
 * between revisions by design). A code without a level or file that would join twins of different levels or files
 * ("Kok" without a level, beside "Kok" 2 and 3) stays on its own rather than join them together.
 *
 * <p>Each code's status comes from SBB's crebo list of 01-08-2022 where the code is on it; a code on neither of its
 * lists lapsed before 2022 or was established after it. Crebos are handed out in rising order, so such a code is
 * lapsed when it was valid in 2015 or is older than a listed code of its lineage, and current when it is newer than
 * a listed code of its lineage or a 27xxx code (all established after 2022); else unknown. Data without the list
 * (no code on it) gives every code the status unknown: absence from a list that was not read says nothing.
 *
 * <p>A lineage's card shows its newest current code, else its newest code of unknown status, else its newest code.
 * A successor link that names an unknown crebo, the code itself, or closes a cycle is left out, with a note
 * naming the record and the problem; the rest of the structure is placed as usual.
 */
public final class Lineages {

    /** Codes at or above this were all established after the 2022 list (the data's README). */
    static final String FIRST_CODE_AFTER_2022 = "27000";

    /**
     * @param qualifications every qualification in crebo order, each with its {@link Lineage}
     * @param notes          one per successor link left out, naming the record and the problem
     * @param count          how many lineages there are
     * @param statuses       how many codes have each status
     */
    public record Placed(
            List<Qualification> qualifications, List<String> notes, int count, Map<Status, Integer> statuses) {

        /** One line for the build's progress: lineages, codes per status, links left out. */
        public String summary() {
            return String.format(
                    "lineages: %,d lineages of %,d codes (%,d current, %,d intake ended, %,d lapsed, "
                            + "%,d unknown); %d successor links left out",
                    count,
                    qualifications.size(),
                    statuses.get(Status.CURRENT),
                    statuses.get(Status.INTAKE_ENDED),
                    statuses.get(Status.LAPSED),
                    statuses.get(Status.UNKNOWN),
                    notes.size());
        }
    }

    private Lineages() {}

    /** @param register the crebo register, for each code's current qualification file; may be empty */
    public static Placed place(List<Qualification> qualifications, List<RegisterEntry> register) {
        Map<String, Qualification> byCrebo = new TreeMap<>();
        qualifications.forEach(q -> byCrebo.put(q.crebo(), q));
        Map<String, String> files = currentFiles(byCrebo.values(), register);
        List<String> notes = new ArrayList<>();
        Map<String, String> successors = successors(byCrebo, notes);

        Map<String, String> parent = new HashMap<>();
        byCrebo.keySet().forEach(crebo -> parent.put(crebo, crebo));
        successors.forEach((from, to) -> union(parent, from, to));
        for (List<Qualification> twins : twins(byCrebo.values(), files)) {
            twins.forEach(q -> union(parent, twins.getFirst().crebo(), q.crebo()));
        }
        Map<String, List<String>> members = new TreeMap<>();
        byCrebo.keySet()
                .forEach(crebo -> members.computeIfAbsent(find(parent, crebo), r -> new ArrayList<>())
                        .add(crebo));

        boolean listRead =
                byCrebo.values().stream().anyMatch(q -> q.succession().list2022() != null);
        Map<String, Status> statuses = new HashMap<>();
        for (List<String> lineage : members.values()) {
            for (String crebo : lineage) {
                statuses.put(crebo, listRead ? status(byCrebo.get(crebo), lineage, byCrebo) : Status.UNKNOWN);
            }
        }
        Map<String, List<String>> predecessors = new HashMap<>();
        successors.forEach((from, to) ->
                predecessors.computeIfAbsent(to, k -> new ArrayList<>()).add(from));

        List<Qualification> placed = new ArrayList<>(byCrebo.size());
        Map<String, Lineage> lineages = new HashMap<>();
        for (List<String> lineage : members.values()) {
            String shown = shown(lineage, statuses);
            String described = described(lineage, shown, byCrebo);
            for (String crebo : lineage) {
                TreeSet<String> before = new TreeSet<>(predecessors.getOrDefault(crebo, List.of()));
                Qualification q = byCrebo.get(crebo);
                // Older twins are replaced by this code even where the data names no successor.
                lineage.stream()
                        .filter(other -> other.compareTo(crebo) < 0
                                && q.nameKey().equals(byCrebo.get(other).nameKey()))
                        .forEach(before::add);
                lineages.put(
                        crebo,
                        new Lineage(
                                shown,
                                statuses.get(crebo),
                                q.succession().intakeUntil(),
                                successors.get(crebo),
                                List.copyOf(before),
                                lineage,
                                described));
            }
        }
        byCrebo.values().forEach(q -> placed.add(q.withLineage(lineages.get(q.crebo()))));
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        statuses.values().forEach(s -> counts.merge(s, 1, Integer::sum));
        return new Placed(placed, notes, members.size(), counts);
    }

    /**
     * The successor links that hold, from code to successor. Links are taken in crebo order; one that names no
     * qualification, the code itself, or a code whose own successors lead back to it is left out with a note.
     */
    private static Map<String, String> successors(Map<String, Qualification> byCrebo, List<String> notes) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Qualification q : byCrebo.values()) {
            String successor = q.succession().successor();
            if (successor == null) {
                continue;
            }
            String record = "crebo " + q.crebo() + " (" + q.name() + ")";
            if (successor.equals(q.crebo())) {
                notes.add(record + ": successor " + successor + " is the code itself; link left out");
            } else if (!byCrebo.containsKey(successor)) {
                notes.add(record + ": successor " + successor + " is not a known qualification; link left out");
            } else {
                List<String> chain = new ArrayList<>(List.of(q.crebo(), successor));
                for (String next = links.get(successor); next != null; next = links.get(next)) {
                    chain.add(next);
                }
                if (chain.getLast().equals(q.crebo())) {
                    notes.add(record + ": successor " + successor + " leads back to it (" + String.join(" -> ", chain)
                            + "), a cycle; link left out");
                } else {
                    links.put(q.crebo(), successor);
                }
            }
        }
        return links;
    }

    /** Each code's current qualification file: the register's where it lists the code, else the record's own. */
    private static Map<String, String> currentFiles(
            Iterable<Qualification> qualifications, List<RegisterEntry> register) {
        Map<String, String> fromRegister = new HashMap<>();
        for (RegisterEntry entry : register) {
            if (entry.kind() == RegisterEntry.Kind.QUALIFICATION && entry.dossierCrebo() != null) {
                fromRegister.putIfAbsent(entry.crebo(), entry.dossierCrebo());
            }
        }
        Map<String, String> files = new HashMap<>();
        for (Qualification q : qualifications) {
            String file = fromRegister.getOrDefault(
                    q.crebo(), q.dossier() == null ? null : q.dossier().crebo());
            if (file != null) {
                files.put(q.crebo(), file);
            }
        }
        return files;
    }

    /**
     * Groups of twins: codes of one name that agree on level and current file where both have one. Codes with
     * both known are grouped first; a code missing either joins the one group it agrees with, or stays alone when
     * it agrees with several.
     */
    private static List<List<Qualification>> twins(Iterable<Qualification> qualifications, Map<String, String> files) {
        Map<String, List<Qualification>> byName = new TreeMap<>();
        qualifications.forEach(
                q -> byName.computeIfAbsent(q.nameKey(), k -> new ArrayList<>()).add(q));
        List<List<Qualification>> groups = new ArrayList<>();
        for (List<Qualification> namesakes : byName.values()) {
            if (namesakes.size() < 2) {
                continue;
            }
            List<Qualification> ordered = new ArrayList<>(namesakes);
            ordered.sort(Comparator.comparing((Qualification q) -> q.level() == null || !files.containsKey(q.crebo()))
                    .thenComparing(Qualification::crebo));
            List<List<Qualification>> clusters = new ArrayList<>();
            for (Qualification q : ordered) {
                List<List<Qualification>> agreeing = clusters.stream()
                        .filter(cluster -> cluster.stream().allMatch(other -> agree(q, other, files)))
                        .toList();
                if (agreeing.size() == 1) {
                    agreeing.getFirst().add(q);
                } else {
                    clusters.add(new ArrayList<>(List.of(q)));
                }
            }
            clusters.stream().filter(cluster -> cluster.size() > 1).forEach(groups::add);
        }
        return groups;
    }

    private static boolean agree(Qualification a, Qualification b, Map<String, String> files) {
        return bothOrEqual(a.level(), b.level()) && bothOrEqual(files.get(a.crebo()), files.get(b.crebo()));
    }

    /** Equal where both are known; a value missing on either side does not tell them apart. */
    private static boolean bothOrEqual(Object a, Object b) {
        return a == null || b == null || Objects.equals(a, b);
    }

    private static Status status(Qualification q, List<String> lineage, Map<String, Qualification> byCrebo) {
        Succession.List2022 listed = q.succession().list2022();
        if (listed == Succession.List2022.VALID) {
            return Status.CURRENT;
        }
        if (listed == Succession.List2022.INTAKE_ENDED) {
            return Status.INTAKE_ENDED;
        }
        List<String> listedCodes = lineage.stream()
                .filter(crebo -> byCrebo.get(crebo).succession().list2022() != null)
                .toList();
        if (q.succession().validFrom() != null || listedCodes.stream().anyMatch(c -> c.compareTo(q.crebo()) > 0)) {
            return Status.LAPSED;
        }
        if (!listedCodes.isEmpty() || q.crebo().compareTo(FIRST_CODE_AFTER_2022) >= 0) {
            return Status.CURRENT;
        }
        return Status.UNKNOWN;
    }

    /** The code a lineage's card shows: its newest current code, else newest of unknown status, else newest. */
    private static String shown(List<String> lineage, Map<String, Status> statuses) {
        for (Status wanted : List.of(Status.CURRENT, Status.UNKNOWN)) {
            String newest = null;
            for (String crebo : lineage) {
                if (statuses.get(crebo) == wanted) {
                    newest = crebo;
                }
            }
            if (newest != null) {
                return newest;
            }
        }
        return lineage.getLast();
    }

    /**
     * The best-described code: the shown code when it has work processes, else the code with the most work
     * processes, else the shown code when it has skills, else the code with the most skills, else the shown code.
     */
    private static String described(List<String> lineage, String shown, Map<String, Qualification> byCrebo) {
        for (Qualification.CoverageBasis basis :
                List.of(Qualification.CoverageBasis.WORK_PROCESSES, Qualification.CoverageBasis.SKILLS)) {
            Qualification own = byCrebo.get(shown);
            if (own.coverageBasis() == basis) {
                return shown;
            }
            String best = null;
            int most = 0;
            for (String crebo : lineage) {
                Qualification q = byCrebo.get(crebo);
                if (q.coverageBasis() == basis && q.coverageSize() > most) {
                    best = crebo;
                    most = q.coverageSize();
                }
            }
            if (best != null) {
                return best;
            }
        }
        return shown;
    }

    private static String find(Map<String, String> parent, String crebo) {
        String root = crebo;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(crebo, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // The smaller crebo is the root, so the same data always gives the same roots.
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
