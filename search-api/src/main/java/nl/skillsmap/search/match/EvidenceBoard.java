package nl.skillsmap.search.match;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.search.catalogue.Catalogue;

/**
 * The evidence gathered for one request: per work process and per skill, the strongest evidence each input gave
 * it. Matching a work process also carries the evidence one step to its index-time neighbours and equivalence
 * group: "the same work in another qualification" is decided by the index's similarity, not by codes. One board
 * per request; not thread-safe.
 */
public final class EvidenceBoard {

    private final Catalogue catalogue;
    /** Work-process id -> input number -> evidence; input numbers keep the order the person gave them in. */
    private final Map<String, TreeMap<Integer, Evidence>> workProcesses = new HashMap<>();

    private final Map<String, TreeMap<Integer, Evidence>> skills = new HashMap<>();
    /** Per kind of whole-item evidence: crebo or occupation URI -> input number -> evidence. */
    private final Map<Whole, Map<String, TreeMap<Integer, Evidence>>> wholes = new EnumMap<>(Whole.class);
    /** One more than the highest input number any evidence names. */
    private int inputs;
    /** Input number -> the input's vector in the semantic space, for explaining meaning evidence. */
    private final Map<Integer, float[]> meaningVectors = new HashMap<>();

    /** Evidence on a qualification or occupation as a whole, which ranks it but covers none of its parts. */
    public enum Whole {
        /** How an input matched the qualification's profile ({@link How#QUALIFICATION_PROFILE}). */
        QUALIFICATION_PROFILE,
        /** How close in meaning an input is to the qualification ({@link How#SIMILAR_MEANING}). */
        QUALIFICATION_MEANING,
        /** How an input matched the occupation's profile ({@link How#OCCUPATION_PROFILE}). */
        OCCUPATION_PROFILE
    }

    public EvidenceBoard(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Records that {@code input} matched {@code wp} directly, and that it reached wp's similar work elsewhere
     * with strength similarity x strength, marked {@code carriedAs} and via wp.
     */
    public void matchWorkProcess(IndexedWorkProcess wp, int input, Evidence evidence, How carriedAs) {
        put(workProcesses, wp.id(), input, evidence);
        Via via = new Via(wp.id(), wp.title(), wp.crebo());
        Set<String> reached = new HashSet<>();
        reached.add(wp.id());
        for (IndexedWorkProcess.SimilarWorkProcess neighbour : wp.similar()) {
            reached.add(neighbour.id());
            carry(neighbour.id(), neighbour.similarity(), input, evidence, carriedAs, via);
        }
        if (wp.group() != null) {
            for (IndexedWorkProcess member : catalogue.group(wp.group())) {
                if (reached.add(member.id())) {
                    carry(member.id(), MatchPolicy.GROUP_SIMILARITY, input, evidence, carriedAs, via);
                }
            }
        }
    }

    /** Records evidence on a whole qualification (by crebo) or occupation (by URI). */
    public void matchWhole(Whole kind, String id, int input, Evidence evidence) {
        put(wholes.computeIfAbsent(kind, k -> new HashMap<>()), id, input, evidence);
    }

    /** The crebos or occupation URIs that have evidence of this kind. */
    public Set<String> wholeIds(Whole kind) {
        return Collections.unmodifiableSet(wholes.getOrDefault(kind, Map.of()).keySet());
    }

    /** Input number -> evidence of this kind on the qualification or occupation, in input order. */
    public Map<Integer, Evidence> wholeEvidence(Whole kind, String id) {
        return view(wholes.getOrDefault(kind, Map.of()).get(id));
    }

    public void meaningVector(int input, float[] vector) {
        meaningVectors.put(input, vector);
    }

    /** The input's vector in the semantic space; null for an input without meaning evidence. */
    public float[] meaningVector(int input) {
        return meaningVectors.get(input);
    }

    public void matchSkill(String uri, int input, Evidence evidence) {
        put(skills, uri, input, evidence);
    }

    private void carry(String id, double similarity, int input, Evidence evidence, How how, Via via) {
        double strength = Evidence.round(similarity * evidence.strength());
        if (strength >= MatchPolicy.MIN_PROPAGATED_STRENGTH) {
            put(workProcesses, id, input, new Evidence(evidence.input(), how, evidence.matchedTerms(), strength, via));
        }
    }

    /**
     * Direct evidence wins over evidence carried from elsewhere (it says which of the input's words the item itself
     * says); among evidence of one kind the stronger is kept.
     */
    private void put(Map<String, TreeMap<Integer, Evidence>> board, String id, int input, Evidence evidence) {
        inputs = Math.max(inputs, input + 1);
        TreeMap<Integer, Evidence> byInput = board.computeIfAbsent(id, k -> new TreeMap<>());
        Evidence current = byInput.get(input);
        boolean direct = evidence.via() == null;
        boolean currentDirect = current != null && current.via() == null;
        if (current == null
                || (direct && !currentDirect)
                || (direct == currentDirect && evidence.strength() > current.strength())) {
            byInput.put(input, evidence);
        }
    }

    /** One more than the highest input number any evidence names: input numbers are below it. */
    int inputs() {
        return inputs;
    }

    /** Work-process id -> input number -> evidence, for every work process something reached. Not to be changed. */
    Map<String, TreeMap<Integer, Evidence>> workProcessEvidenceById() {
        return Collections.unmodifiableMap(workProcesses);
    }

    /** Crebo or occupation URI -> input number -> evidence of this kind. Not to be changed. */
    Map<String, TreeMap<Integer, Evidence>> wholeEvidenceById(Whole kind) {
        return Collections.unmodifiableMap(wholes.getOrDefault(kind, Map.of()));
    }

    /** Skill URI -> input number -> evidence, for every skill something matched. Not to be changed. */
    Map<String, TreeMap<Integer, Evidence>> skillEvidenceByUri() {
        return Collections.unmodifiableMap(skills);
    }

    public Set<String> workProcessIds() {
        return Collections.unmodifiableSet(workProcesses.keySet());
    }

    /** Input number -> evidence, in input order; empty when nothing matched it. */
    public Map<Integer, Evidence> workProcessEvidence(String id) {
        return view(workProcesses.get(id));
    }

    public Map<Integer, Evidence> skillEvidence(String uri) {
        return view(skills.get(uri));
    }

    /** The strongest evidence any input gave a skill; 0 when none did. */
    public double bestSkillStrength(String uri) {
        TreeMap<Integer, Evidence> byInput = skills.get(uri);
        double best = 0;
        if (byInput != null) {
            for (Evidence e : byInput.values()) {
                best = Math.max(best, e.strength());
            }
        }
        return best;
    }

    /** Strongest first, then in the order the person gave the inputs. */
    public static List<Evidence> sorted(Map<Integer, Evidence> byInput) {
        return byInput.values().stream()
                .sorted(Comparator.comparingDouble(Evidence::strength).reversed())
                .toList();
    }

    private static Map<Integer, Evidence> view(TreeMap<Integer, Evidence> byInput) {
        return byInput == null ? Map.of() : Collections.unmodifiableMap(byInput);
    }
}
