package nl.skillsmap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What axe-core reported for one scan (the parts the tests read): rules violated, rules passed and rules it could not
 * decide, each with the elements concerned.
 */
public record AxeResults(String url, List<Rule> violations, List<Rule> passes, List<Rule> incomplete, String error) {

    /** Impacts that block or seriously hinder people; the tests allow none of them. */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");

    public AxeResults {
        violations = violations == null ? List.of() : List.copyOf(violations);
        passes = passes == null ? List.of() : List.copyOf(passes);
        incomplete = incomplete == null ? List.of() : List.copyOf(incomplete);
    }

    public List<Rule> blockingViolations() {
        return violations.stream()
                .filter(rule -> BLOCKING.contains(rule.impact()))
                .toList();
    }

    /** Every element a rule was checked on (passed, violated or undecided). */
    public List<Node> checkedNodes() {
        return Stream.of(violations, passes, incomplete)
                .flatMap(List::stream)
                .flatMap(rule -> rule.nodes().stream())
                .toList();
    }

    /** One line per violation: "impact rule-id: help (n elements: targets)". */
    public String describe(List<Rule> rules) {
        return rules.stream().map(Rule::describe).collect(Collectors.joining("\n"));
    }

    public record Rule(String id, String impact, String help, String helpUrl, List<Node> nodes) {
        public Rule {
            nodes = nodes == null ? List.of() : List.copyOf(nodes);
        }

        String describe() {
            return impact + " " + id + ": " + help + " (" + nodes.size() + " elements: "
                    + nodes.stream()
                            .limit(5)
                            .map(node -> node.target().toString())
                            .collect(Collectors.joining(", ")) + ")";
        }
    }

    /**
     * One element. Its {@code target} is a list of selectors; an element inside a shadow root is given as a nested
     * list (host selector, then the selector within the shadow root).
     */
    public record Node(JsonNode target, String html, String failureSummary) {
        public boolean insideShadowRoot() {
            return target != null && target.size() > 0 && target.get(0).isArray();
        }
    }
}
