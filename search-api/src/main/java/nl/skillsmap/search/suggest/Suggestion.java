package nl.skillsmap.search.suggest;

/**
 * A completion for what someone is typing: the text to show and the document it leads to.
 *
 * @param type {@link nl.skillsmap.index.DocType#key()}
 */
public record Suggestion(String text, String type, String id) {}
