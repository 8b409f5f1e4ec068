package nl.skillsmap.analysis;

/**
 * One piece of match evidence: the query word (as typed), the document word it matched (as written), the indexed
 * term they share, and how they matched.
 */
public record TermMatch(String queryWord, String documentWord, String term, MatchKind how) {
}
